"""The worker's profile: saved, checked like every synced field, and printed at the end of the
family's and a partner's documents."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import select

from testsupport_summary import TODAY, build
from voordeur import clock
from voordeur.domain.data_format import record_model
from voordeur.export.summary_document import Audience, Paragraph, SummaryDocument
from voordeur.model import StoreMeta, Team, Worker
from voordeur.services.households import ServiceError, start_household
from voordeur.services.profile import contact_line, read_profile, save_profile
from voordeur.services.summary_content import family_plan, visit_summary
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import META_SYNC_LINKED, META_TEAM, Store

NOOR = {"name": "Noor Verbeek", "organisation": "Gro-up", "team": "Buurtteam Zevenkamp",
        "neighbourhood": "Zevenkamp", "phone": "06-12345678", "email": "noor@gro-up.nl"}


@pytest.fixture(autouse=True)
def _day():  # type: ignore[no-untyped-def]
    with clock.use(datetime(2026, 11, 20, 10, 0, tzinfo=clock.LOCAL_ZONE)):
        yield


def test_the_profile_is_saved_and_read_back(store: Store) -> None:
    with unit_of_work(store) as uow:
        saved = save_profile(uow, **NOOR)
    profile = read_profile(store)
    assert profile == saved
    assert (profile.name, profile.organisation, profile.team, profile.neighbourhood,
            profile.phone, profile.email) == tuple(NOOR.values())
    with store.session() as session:
        worker = session.get(Worker, store.actor.worker_id)
        assert worker is not None and worker.team_id
        assert session.get(StoreMeta, META_TEAM).value == worker.team_id  # type: ignore[union-attr]
        # every field passes the checks import and the team server apply
        record_model(Worker).model_validate_json(worker.model_dump_json(), strict=False)
    # a household started now belongs to the profile's team
    with unit_of_work(store) as uow:
        household = start_household(uow, "Gezin Bakker")
    assert household.team_id == worker.team_id

    with unit_of_work(store) as uow:  # renaming the team keeps it the same team
        save_profile(uow, team="Buurtteam Oost", phone="")
    with store.session() as session:
        teams = list(session.exec(select(Team)).all())
    assert [t.name for t in teams] == ["Buurtteam Oost"] and teams[0].id == worker.team_id
    assert read_profile(store).phone == ""


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "  "}, "needs a name"),
    ({"phone": "0" * 41}, "phone"),
    ({"email": "x" * 201}, "email"),
    ({"hobby": "zwemmen"}, "not part of the profile"),
])
def test_the_profile_refuses_what_sync_would_refuse(store: Store, fields: dict[str, str],
                                                    message: str) -> None:
    before = read_profile(store)
    with pytest.raises(ServiceError, match=message), unit_of_work(store) as uow:
        save_profile(uow, **fields)
    assert read_profile(store) == before


def test_a_linked_store_keeps_the_servers_team(store: Store) -> None:
    with unit_of_work(store) as uow:
        uow.session.add(StoreMeta(key=META_SYNC_LINKED, value="1"))
    with pytest.raises(ServiceError, match="team server"), unit_of_work(store) as uow:
        save_profile(uow, team="Een ander team")
    with unit_of_work(store) as uow:
        save_profile(uow, phone="010-1234567")  # the rest of the profile is the laptop's
    assert read_profile(store).phone == "010-1234567"


def test_a_tab_in_a_field_is_cleaned_like_any_typed_text(store: Store) -> None:
    with unit_of_work(store) as uow:
        save_profile(uow, organisation="Gro\tup")
    assert "\t" not in read_profile(store).organisation


def test_the_contact_line_says_who_and_how() -> None:
    from voordeur.services.profile import Profile
    noor = Profile("w", "Noor Verbeek", "Gro-up", phone="06-12345678")
    assert contact_line(noor, family=False) == (
        "Vragen? Bel of app Noor Verbeek, Gro-up, 06-12345678.")
    assert contact_line(noor, family=True) == (
        "Hebben jullie een vraag? Bel of app Noor Verbeek, Gro-up, 06-12345678.")
    no_phone = Profile("w", "Noor Verbeek", email="noor@gro-up.nl")
    assert contact_line(no_phone, family=True) == (
        "Hebben jullie een vraag? Mail Noor Verbeek, noor@gro-up.nl.")
    assert contact_line(Profile("w", "Noor Verbeek"), family=False) == (
        "Vragen? Neem contact op met Noor Verbeek.")
    assert contact_line(Profile("w", ""), family=True) == ""


def _closing(doc: SummaryDocument) -> str:
    contact = [s for s in doc.sections if s.heading == "Contact"]
    assert contact, [s.heading for s in doc.sections]
    block = contact[0].blocks[0]
    assert isinstance(block, Paragraph)
    return block.text


def test_documents_end_with_the_profile(store: Store) -> None:
    h = build(store)
    with unit_of_work(store) as uow:
        save_profile(uow, **NOOR)
    family = _closing(visit_summary(store, h.visit_id, Audience.FAMILY, today=TODAY))
    assert family == ("Hebben jullie een vraag? Bel of app Noor Verbeek, Gro-up, 06-12345678 of "
                      "mail naar noor@gro-up.nl.")
    plan = _closing(family_plan(store, h.household_id, Audience.FAMILY, today=TODAY))
    assert plan == family
    partner = _closing(visit_summary(store, h.visit_id, Audience.PARTNER,
                                     organisation_id=h.school_id, today=TODAY))
    assert partner.startswith("Vragen? Bel of app Noor Verbeek, Gro-up, 06-12345678")
    partner_plan = _closing(family_plan(store, h.household_id, Audience.PARTNER,
                                        organisation_id=h.school_id, today=TODAY))
    assert partner_plan == partner
    # the case file has no closing line
    file_doc = visit_summary(store, h.visit_id, Audience.FILE, today=TODAY)
    assert "Contact" not in [s.heading for s in file_doc.sections]

    with unit_of_work(store) as uow:  # the phone only when filled in
        save_profile(uow, phone="", email="")
    family = _closing(visit_summary(store, h.visit_id, Audience.FAMILY, today=TODAY))
    assert family == "Hebben jullie een vraag? Neem contact op met Noor Verbeek, Gro-up."
