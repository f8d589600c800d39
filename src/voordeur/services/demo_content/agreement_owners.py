"""Who can carry out a demo agreement: the one its text names as the subject.

An agreement text starts with who does it ("Moeder belt …", "Consultatiebureau plant …",
"Een buurvrouw drinkt …"). The demo must record that one as the owner, or the plan reads
"Consultatiebureau plant een afspraak — wie: Zwemvereniging De Dolfijn".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from voordeur.model import Organisation, Person
from voordeur.model.catalogues import AgreementOwnerKind, LifeDomain, OrganisationKind
from voordeur.services.demo_content.roles import at_home, role_word

_OrgTest = Callable[[Organisation], bool]
_PersonTest = Callable[[Person], bool]
_Owner = TypeVar("_Owner", Person, Organisation)


def _kind(*kinds: OrganisationKind) -> _OrgTest:
    return lambda org: org.kind in kinds


def _named(part: str) -> _OrgTest:
    return lambda org: part in org.name


def _domain(*domains: LifeDomain) -> _PersonTest:
    return lambda person: person.life_domain in domains


def _role(word: str) -> _PersonTest:
    return lambda person: role_word(person.role) == word


def _anyone(_person: Person) -> bool:
    return True


# How an organisation agreement's text opens, and which organisations that can be.
ORGANISATION_SUBJECTS: tuple[tuple[str, _OrgTest], ...] = (
    ("Consultatiebureau", _kind(OrganisationKind.JGZ)),
    ("Jeugdverpleegkundige", _kind(OrganisationKind.JGZ)),
    ("Huisarts", _kind(OrganisationKind.GP)),
    ("School", _kind(OrganisationKind.SCHOOL)),
    ("Schuldhulpverlening", _kind(OrganisationKind.DEBT_SUPPORT)),
    ("Woningcorporatie", _kind(OrganisationKind.HOUSING)),
    ("Veilig Thuis", _kind(OrganisationKind.VEILIG_THUIS)),
    ("Werkplein", _named("Werkplein")),
    ("Verslavingszorg", _named("Verslavingszorg")),
    ("Steunpunt mantelzorg", _named("Mantelzorg")),
    ("Mediator", _named("Mediation")),
    ("Huis van de Wijk", _named("Huis van de Wijk")),
)
# The same for the network people (the first opening that matches counts).
NETWORK_SUBJECTS: tuple[tuple[str, _PersonTest], ...] = (
    ("Een vriend of familielid", _domain(LifeDomain.FRIENDS, LifeDomain.EXTENDED_FAMILY)),
    ("Een vertrouwd familielid", _domain(LifeDomain.EXTENDED_FAMILY)),
    ("Een familielid", _domain(LifeDomain.EXTENDED_FAMILY)),
    ("Familie", _domain(LifeDomain.EXTENDED_FAMILY)),
    ("Een buurvrouw", _role("buurvrouw")),
    ("Een vriendin", lambda p: role_word(p.role).startswith("vriendin")),
    ("Een kennis", _anyone),
    ("Iemand uit het netwerk", _anyone),
)


@dataclass(frozen=True)
class HouseholdCircle:
    """Everyone in one demo household who can own an agreement."""

    adults: Sequence[Person]
    members: Sequence[Person]
    network: Sequence[Person]
    partners: Sequence[Organisation]
    worker_id: str

    def by_kind(self, kind: AgreementOwnerKind) -> list[str]:
        """Every possible owner of that kind, ignoring the text (how owners used to be drawn)."""
        return {
            AgreementOwnerKind.MEMBER: [p.id for p in self.adults],
            AgreementOwnerKind.NETWORK: [p.id for p in self.network],
            AgreementOwnerKind.ORGANISATION: [o.id for o in self.partners],
            AgreementOwnerKind.WORKER: [self.worker_id],
        }[kind]

    def fitting(self, what: str, kind: AgreementOwnerKind) -> list[str]:
        """The owners `what` can be about; empty when it names someone this household lacks."""
        if kind == AgreementOwnerKind.MEMBER:
            named = [m.id for m in self.members if _opens_with(what, m.first_name)]
            # "Vader …" is the father at home, not a father who lives elsewhere.
            roles = sorted((m for m in self.members if _opens_with(what, role_word(m.role))),
                           key=lambda m: not at_home(m.role, m.deceased))
            return named or [m.id for m in roles[:1]] or self.by_kind(kind)
        if kind == AgreementOwnerKind.ORGANISATION:
            by_name = [o.id for o in self.partners if _opens_with(what, o.name)]
            return by_name or _subject(what, ORGANISATION_SUBJECTS, self.partners)
        if kind == AgreementOwnerKind.NETWORK:
            return _subject(what, NETWORK_SUBJECTS, self.network)
        return [self.worker_id]


def _opens_with(text: str, words: str) -> bool:
    return bool(words) and text.lower().startswith(words.lower() + " ")


def _subject(
    what: str,
    subjects: Sequence[tuple[str, Callable[[_Owner], bool]]],
    candidates: Sequence[_Owner],
) -> list[str]:
    for opening, test in subjects:
        if _opens_with(what, opening):
            return [c.id for c in candidates if test(c)]
    # No rule knows this opening (a test keeps the tables complete): nobody can own it.
    return []
