"""The worker's profile on a linked laptop: the server owns the worker's name and team, the
laptop keeps the profile typed before and after linking."""

from __future__ import annotations

import pytest
from laptops import Team

from voordeur.services.households import ServiceError
from voordeur.services.profile import read_profile, save_profile
from voordeur.services.unit_of_work import unit_of_work


def test_the_profile_survives_linking_and_pulls(team: Team) -> None:
    store = team.new_store("a")
    with unit_of_work(store) as uow:
        save_profile(uow, organisation="Gro-up", neighbourhood="Zevenkamp",
                     phone="06-12345678", email="anna@gro-up.nl")
    a = team.laptop("a", store=store)
    report = a.sync()
    assert report.rejected == 0
    profile = read_profile(a.store)
    assert profile.linked and profile.team == "Team Noord"
    assert (profile.organisation, profile.neighbourhood, profile.phone, profile.email) == (
        "Gro-up", "Zevenkamp", "06-12345678", "anna@gro-up.nl")

    with unit_of_work(a.store) as uow:
        save_profile(uow, phone="010-7654321")
    assert a.sync().rejected == 0
    a.sync()
    assert read_profile(a.store).phone == "010-7654321"
    with pytest.raises(ServiceError, match="team server"), unit_of_work(a.store) as uow:
        save_profile(uow, team="Een ander team")

    b = team.laptop("b", "ben")  # a colleague's laptop receives no one's phone number
    assert b.sync().rejected == 0
    assert read_profile(b.store).phone == ""
