"""What a document may show its reader: consent for a partner, names or roles.

The family and the case file see everything. A partner organisation sees only the topics a valid
consent covers for it, and names only the people that consent names; everyone else appears by
role ("oma", "buurvrouw") in the text and on the ecogram alike. These rules are pure so they can
be tested without a store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cached_property

from voordeur.domain.ecogram import NAME_PARTICLES, Ecogram, scrub_names
from voordeur.model.catalogues import ConsentTopic, NodeKind
from voordeur.model.plan import Consent

HIDDEN_HOUSEHOLD_NAME = "Gezin (naam niet gedeeld)"


@dataclass(frozen=True)
class PersonRef:
    """A member or network person as a document may mention them."""

    id: str
    name: str  # full name ('' when unknown)
    role: str  # "moeder", "oma", "buurvrouw" ('' when not filled in)
    member: bool = False

    @property
    def role_label(self) -> str:
        return self.role or ("gezinslid" if self.member else "iemand uit het netwerk")


def contact_ref_id(link_id: str) -> str:
    """The PersonRef id of an organisation's contact person in one household's network."""
    return f"contact:{link_id}"


class RefusalReason(StrEnum):
    NO_CONSENT = "no_consent"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET = "not_yet"
    NOT_IN_NETWORK = "not_in_network"
    NOTHING_COVERED = "nothing_covered"


class ExportRefused(Exception):
    """A partner document cannot be made: no valid consent covers it. `str()` is English (the
    command line); the app writes its own Dutch text from the fields."""

    def __init__(self, reason: RefusalReason, organisation_name: str,
                 day: date | None = None) -> None:
        self.reason = reason
        self.organisation_name = organisation_name
        self.day = day
        super().__init__(self._english())

    def _english(self) -> str:
        org, day = self.organisation_name, self.day.isoformat() if self.day else ""
        match self.reason:
            case RefusalReason.NO_CONSENT:
                return (f"no consent has been recorded for sharing with {org}: record the "
                        "parents' consent first")
            case RefusalReason.EXPIRED:
                return f"the consent for sharing with {org} expired on {day}: record new consent"
            case RefusalReason.WITHDRAWN:
                return f"the consent for sharing with {org} was withdrawn on {day}"
            case RefusalReason.NOT_YET:
                return f"the consent for sharing with {org} only applies from {day}"
            case RefusalReason.NOT_IN_NETWORK:
                return f"{org} is not in this household's network"
        return f"the consent for sharing with {org} covers no topic to share"


@dataclass(frozen=True)
class Disclosure:
    """Who may be named and which topics may be shared. `named_ids` None: everyone."""

    people: Mapping[str, PersonRef]
    named_ids: frozenset[str] | None = None
    topics: frozenset[ConsentTopic] | None = None
    consents: tuple[Consent, ...] = ()  # the valid consents this is based on (partners)

    @property
    def is_full(self) -> bool:
        return self.named_ids is None and self.topics is None

    def covers(self, topic: ConsentTopic) -> bool:
        return self.topics is None or topic in self.topics

    def may_name(self, person_id: str | None) -> bool:
        return self.named_ids is None or (person_id is not None and person_id in self.named_ids)

    def hidden_people(self) -> tuple[PersonRef, ...]:
        """The people this reader sees by role only, in a stable order."""
        if self.named_ids is None:
            return ()
        return tuple(sorted((p for p in self.people.values() if p.id not in self.named_ids
                             and p.name), key=lambda p: (not p.member, p.name.casefold())))

    def person_label(self, person_id: str | None, fallback: str = "") -> str:
        """A person's name, or their role when this reader may not see the name."""
        person = self.people.get(person_id or "")
        if person is None:
            return self.scrub(fallback)
        if self.may_name(person.id) and person.name:
            return person.name
        return self._safe_roles.get(person.id, person.role_label)

    def person_in_text(self, person_id: str | None) -> str:
        """`person_label` as running text says it: a role with its article ("een vriendin")."""
        person = self.people.get(person_id or "")
        label = self.person_label(person_id)
        if person is None or (self.may_name(person.id) and person.name):
            return label
        article = role_article(label, member=person.member)
        return f"{article} {label}" if article else label

    def scrub(self, text: str) -> str:
        """Free text with every hidden name replaced by that person's role, with an article
        as a sentence needs one: "Yasmina en een vriendin", "haalt de zoon op"."""
        for pattern, role, article in self._replacements:
            text = pattern.sub(lambda m, role=role, article=article: _keep_case(m, role, article),
                               text)
        return text

    def household_name(self, display_name: str) -> str:
        if self.scrub(display_name) == display_name:
            return display_name
        return HIDDEN_HOUSEHOLD_NAME

    def ecogram(self, ecogram: Ecogram) -> Ecogram:
        """The map with hidden people unnamed (their role shows), no contact names and a title
        without hidden names."""
        if self.named_ids is None:
            return ecogram
        nodes = []
        for node in ecogram.nodes:
            if node.kind == NodeKind.PERSON and not self.may_name(node.record_id):
                role = self._safe_roles.get(node.record_id) or scrub_names(
                    node.role, self._hidden_names)
                node = replace(node, name="", role=role)
            elif node.is_household:
                node = replace(node, name=self.household_name(node.name))
            if not (node.is_organisation and self.may_name(contact_ref_id(node.link_id or ""))):
                node = replace(node, contact_name="")
            nodes.append(node)
        ties = [replace(tie, note=self.scrub(tie.note)) for tie in ecogram.ties]
        return ecogram.evolve(title=self.household_name(ecogram.title), nodes=tuple(nodes),
                              ties=tuple(ties))

    @cached_property
    def _allowed_parts(self) -> frozenset[str]:
        named = self.named_ids or frozenset()
        return frozenset(part.casefold() for p in self.people.values() if p.id in named
                         for part in p.name.split())

    @cached_property
    def _hidden_names(self) -> frozenset[str]:
        """Full names and name parts of hidden people, except parts a named person shares
        (a named mother's surname may show even when her son's name may not)."""
        names = set()
        for person in self.hidden_people():
            names.add(person.name)
            names.update(part for part in _name_parts(person.name)
                         if part.casefold() not in self._allowed_parts)
        return frozenset(names)

    @cached_property
    def _safe_roles(self) -> dict[str, str]:
        """Each hidden person's role, itself without names ("moeder van …")."""
        return {p.id: scrub_names(p.role_label, self._hidden_names)
                for p in self.hidden_people()}

    @cached_property
    def _replacements(self) -> list[tuple[re.Pattern[str], str, str]]:
        pairs: list[tuple[str, PersonRef, str]] = []  # (name, person, safe role)
        for person in self.hidden_people():
            safe = self._safe_roles[person.id]
            pairs.append((person.name, person, safe))
            pairs += [(part, person, safe) for part in _name_parts(person.name)
                      if part.casefold() not in self._allowed_parts]
        pairs.sort(key=lambda pair: len(pair[0]), reverse=True)  # full names before parts
        result = []
        for name, person, safe in pairs:
            # "oma Truus" becomes "oma", not "oma oma"
            prefix = rf"(?:{re.escape(person.role)}\s+)?" if person.role else ""
            pattern = re.compile(rf"(?<!\w){prefix}{re.escape(name)}(?!\w)", re.IGNORECASE)
            result.append((pattern, safe, role_article(safe, member=person.member)))
        return result


# Forms of address that come with a name ("Juf Anouk") but are ordinary words on their own.
TITLES = frozenset({"juf", "meester", "mevrouw", "meneer", "mw", "mw.", "dhr", "dhr.", "dokter",
                    "dr", "dr.", "zuster", "oom", "tante", "opa", "oma"})


def _name_parts(name: str) -> list[str]:
    return [part for part in name.split() if len(part) > 1
            and part.casefold() not in NAME_PARTICLES and part.casefold() not in TITLES]


# Kinship words said like a name ("oma komt", "moeder belt"), and words a role may already
# start with, need no article; nor does a role after one of DETERMINERS ("haar buurvrouw").
BARE_ROLES = frozenset({"oma", "opa", "tante", "oom", "moeder", "vader", "mama", "papa"})
DETERMINERS = frozenset({"de", "het", "een", "haar", "zijn", "hun", "mijn", "je", "jouw", "jullie",
                         "onze", "ons", "uw", "die", "deze", "dat", "dit", "elke", "iedere",
                         "geen", "welke", "iemand"})


def role_article(role: str, *, member: bool) -> str:
    """The article a role takes in running text: 'een' for someone in the network ("een
    vriendin", "een buurvrouw"), 'de' or 'het' for a household member ("de zoon", "het
    pleegkind"), none for kinship words said like a name or a role that has one already."""
    first = role.split()[0].casefold() if role.split() else ""
    if not first or first in BARE_ROLES or first in DETERMINERS:
        return ""
    if not member or first == "gezinslid":
        return "een"
    return "het" if first.endswith(("je", "kind")) else "de"


def _keep_case(found: re.Match[str], role: str, article: str = "") -> str:
    """'Oma Truus' → 'Oma', 'haalt Sem op' → 'haalt de zoon op', 'Sem komt.' → 'De zoon komt.',
    'met Elif' → 'met een vriendin', 'haar vriendin Elif' → 'haar vriendin'."""
    before = found.string[:found.start()].rstrip(" \t")
    sentence_start = not before or before[-1] in ".!?:\n"
    previous = re.search(r"(\w+)$", before)
    if article and not (previous and previous.group(1).casefold() in DETERMINERS):
        phrase = f"{article} {role}"
        return phrase[:1].upper() + phrase[1:] if sentence_start else phrase
    written = found.group(0)
    prefixed = written.casefold().startswith(role.casefold()) and role[:1].islower()
    if role[:1].islower() and (sentence_start or (prefixed and written[:1].isupper())):
        return role[:1].upper() + role[1:]
    return role


def full_disclosure(people: Iterable[PersonRef]) -> Disclosure:
    return Disclosure(people={p.id: p for p in people})


def partner_disclosure(
    people: Iterable[PersonRef],
    consents: Iterable[Consent],
    organisation_id: str,
    organisation_name: str,
    *,
    in_network: bool,
    day: date,
    own_contacts: Iterable[str] = (),
) -> Disclosure:
    """What `organisation_id` may see on `day`: the union of every valid consent that names it.
    `own_contacts` are the PersonRef ids of the partner's own contact people, who may be named
    in its own document. Raises ExportRefused naming what is missing."""
    if not in_network:
        raise ExportRefused(RefusalReason.NOT_IN_NETWORK, organisation_name)
    scoped = [c for c in consents
              if c.deleted_at is None and organisation_id in c.organisation_ids]
    valid = [c for c in scoped if c.is_valid_on(day)]
    if not valid:
        raise _refusal(scoped, organisation_name, day)
    topics = frozenset(ConsentTopic(t) for c in valid for t in c.topics
                       if t in ConsentTopic._value2member_map_)
    if not topics:
        raise ExportRefused(RefusalReason.NOTHING_COVERED, organisation_name)
    valid.sort(key=lambda c: (c.given_on, c.id))
    return Disclosure(people={p.id: p for p in people},
                      named_ids=frozenset(i for c in valid for i in c.person_ids)
                      | frozenset(own_contacts),
                      topics=topics, consents=tuple(valid))


def _refusal(scoped: list[Consent], organisation_name: str, day: date) -> ExportRefused:
    if not scoped:
        return ExportRefused(RefusalReason.NO_CONSENT, organisation_name)
    latest = max(scoped, key=lambda c: (c.given_on, c.id))
    if latest.withdrawn_on is not None and latest.withdrawn_on <= day:
        return ExportRefused(RefusalReason.WITHDRAWN, organisation_name, latest.withdrawn_on)
    if latest.valid_until is not None and latest.valid_until < day:
        return ExportRefused(RefusalReason.EXPIRED, organisation_name, latest.valid_until)
    return ExportRefused(RefusalReason.NOT_YET, organisation_name, latest.given_on)
