"""Synthetic Dutch content for the demo store: households, their network, organisations and texts.

Nothing here describes real people. Every choice is drawn from the `random.Random` passed in, so
the same seed and the same reference day give the same content; nothing reads the clock.

The text functions only receive a `HouseholdSpec`. Facts they need that are not random per call
(who the index child is, which school the children attend, which partner the worker mostly
consults) are derived from the spec itself, so a visit's notes, its location and the household's
organisations agree with each other.

Layout: `families` builds a household (helped by `family_builder`, `backgrounds`, `places`
and `dates`); `network` and `organisations` add the people and organisations around it;
`texts` writes its texts from the templates in the `texts_*` modules, filled in by
`templating` with the values from `context`. `cast` and `roles` read a household back.
"""

from voordeur.model.catalogues import VisitKind
from voordeur.services.demo_content.families import household
from voordeur.services.demo_content.network import network_people
from voordeur.services.demo_content.organisations import organisations
from voordeur.services.demo_content.places import NEIGHBOURHOODS
from voordeur.services.demo_content.specs import (
    HouseholdSpec,
    MemberSpec,
    NetworkPersonSpec,
    OrganisationSpec,
    RelationSpec,
)
from voordeur.services.demo_content.texts import (
    AgreementPick,
    agreement_texts,
    concerns_text,
    goal_texts,
    location_for,
    request_text,
    strengths_text,
    visit_notes,
)

__all__ = [
    "NEIGHBOURHOODS",
    "AgreementPick",
    "HouseholdSpec",
    "MemberSpec",
    "NetworkPersonSpec",
    "OrganisationSpec",
    "RelationSpec",
    "VisitKind",
    "agreement_texts",
    "concerns_text",
    "goal_texts",
    "household",
    "location_for",
    "network_people",
    "organisations",
    "request_text",
    "strengths_text",
    "visit_notes",
]
