"""Guessing a contact's life domain and gender from the role the worker types ("oma",
"buurvrouw Ans", "Citytrainer", "vriendin van moeder").

One table for the whole app (the add dialog, the side panel, the member dialog): read and extend
the three dictionaries below. A guess is only a suggestion: the screens show it and never
override what the worker chose.

How a role is read:

1. the first word, lower case, without hyphens ("Oud-buurvrouw Ans" → "oudbuurvrouw");
2. a word of `ROLE_WORDS` gives its (domain, gender);
3. else a known prefix is taken off and the rest read again ("schoonmoeder" → "moeder", with
   the prefix's domain: Familie; "buurmeisje" → "meisje", Buren);
   — unless the longest ending of `ROLE_ENDINGS` names a domain: that comes first
   ("citytrainer" → "trainer": Vrije tijd; "buurtwerker" → "werker": Professionals);
4. else an ending that only tells the gender ("gastmoeder" → vrouw);
5. when the first word tells nothing, the whole role run together is tried the same way
   ("maatschappelijk werker" → "maatschappelijkwerker" → "werker");
6. family "van een/de/het …" is someone else's family: Kennissen ("moeder van een
   klasgenoot").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voordeur.model.catalogues import Gender, LifeDomain

F, M = Gender.FEMALE, Gender.MALE
HOME, FAMILY = LifeDomain.FAMILY_HOME, LifeDomain.EXTENDED_FAMILY
FRIENDS, NEIGHBOURS = LifeDomain.FRIENDS, LifeDomain.NEIGHBOURS
ACQUAINTANCES, SCHOOL_WORK = LifeDomain.ACQUAINTANCES, LifeDomain.SCHOOL_WORK
LEISURE, PROFESSIONALS = LifeDomain.LEISURE, LifeDomain.PROFESSIONALS

Guess = tuple[LifeDomain | None, Gender | None]

# Whole words: (life domain, gender); None where the word does not tell.
ROLE_WORDS: dict[str, Guess] = {
    # the family at home
    "moeder": (HOME, F), "mama": (HOME, F), "mam": (HOME, F), "vader": (HOME, M),
    "papa": (HOME, M), "pap": (HOME, M), "ouder": (HOME, None), "partner": (HOME, None),
    "dochter": (HOME, F), "zoon": (HOME, M), "kind": (HOME, None),
    "vrouw": (HOME, F), "echtgenote": (HOME, F), "man": (HOME, M), "echtgenoot": (HOME, M),
    # family outside the home
    "oma": (FAMILY, F), "omi": (FAMILY, F), "opa": (FAMILY, M), "opi": (FAMILY, M),
    "tante": (FAMILY, F), "oom": (FAMILY, M), "nicht": (FAMILY, F), "neef": (FAMILY, M),
    "zus": (FAMILY, F), "zuster": (FAMILY, F), "broer": (FAMILY, M),
    "zwager": (FAMILY, M), "familie": (FAMILY, None), "familielid": (FAMILY, None),
    # friends, neighbours, acquaintances
    "vriendin": (FRIENDS, F), "vriend": (FRIENDS, M), "maatje": (FRIENDS, None),
    "buren": (NEIGHBOURS, None), "kennis": (ACQUAINTANCES, None),
    "bekende": (ACQUAINTANCES, None), "oppas": (ACQUAINTANCES, None),
    "taalmaatje": (ACQUAINTANCES, None),
    # school and work
    "juf": (SCHOOL_WORK, F), "juffrouw": (SCHOOL_WORK, F), "meester": (SCHOOL_WORK, M),
    "leerkracht": (SCHOOL_WORK, None), "leraar": (SCHOOL_WORK, M),
    "lerares": (SCHOOL_WORK, F), "docent": (SCHOOL_WORK, None),
    "docente": (SCHOOL_WORK, F), "mentor": (SCHOOL_WORK, None),
    "collega": (SCHOOL_WORK, None), "baas": (SCHOOL_WORK, None),
    "leidinggevende": (SCHOOL_WORK, None), "werkgever": (SCHOOL_WORK, None),
    "klasgenoot": (SCHOOL_WORK, None), "klasgenote": (SCHOOL_WORK, F),
    "schoolmaatschappelijk": (PROFESSIONALS, None),
    # free time
    "teamgenoot": (LEISURE, None), "teamgenote": (LEISURE, F),
    # professionals
    "arts": (PROFESSIONALS, None), "dokter": (PROFESSIONALS, None),
    "psycholoog": (PROFESSIONALS, None), "bewindvoerder": (PROFESSIONALS, None),
    "casemanager": (PROFESSIONALS, None), "hulpverlener": (PROFESSIONALS, None),
    "wijkagent": (PROFESSIONALS, None), "voogd": (PROFESSIONALS, None),
}

# Taken off the front of a word before reading the rest; the prefix's domain wins over the
# rest's (None: the rest's domain stands).
ROLE_PREFIXES: dict[str, LifeDomain | None] = {
    "schoon": FAMILY, "groot": FAMILY, "overgroot": FAMILY, "achter": FAMILY,
    "klein": FAMILY, "half": None, "stief": None, "pleeg": None, "ex": None, "oud": None,
    "buur": NEIGHBOURS, "school": SCHOOL_WORK, "sport": LEISURE, "voetbal": LEISURE,
}

# Endings of a longer word ("city|trainer", "buur|vrouw"); the longest one that fits counts.
ROLE_ENDINGS: dict[str, Guess] = {
    "trainer": (LEISURE, None), "trainster": (LEISURE, F), "coach": (LEISURE, None),
    "leider": (LEISURE, None), "leidster": (LEISURE, F), "vrijwilliger": (LEISURE, None),
    "arts": (PROFESSIONALS, None), "verpleegkundige": (PROFESSIONALS, None),
    "werker": (PROFESSIONALS, None), "werkster": (PROFESSIONALS, F),
    "consulent": (PROFESSIONALS, None), "therapeut": (PROFESSIONALS, None),
    "begeleider": (PROFESSIONALS, None), "begeleidster": (PROFESSIONALS, F),
    "agent": (PROFESSIONALS, None), "adviseur": (PROFESSIONALS, None),
    "kundige": (PROFESSIONALS, None),
    "vrouw": (None, F), "moeder": (None, F), "meisje": (None, F), "ster": (None, F),
    "man": (None, M), "vader": (None, M), "jongen": (None, M),
}

_FIRST_WORD = re.compile(r"[^\s(,/]+")
_SOMEONE_ELSES = re.compile(r"\bvan (een|de|het)\b")


@dataclass(frozen=True)
class RoleGuess:
    """What a role suggests; None where it tells nothing."""

    life_domain: LifeDomain | None = None
    gender: Gender | None = None

    def __bool__(self) -> bool:
        return self.life_domain is not None or self.gender is not None


def guess_from_role(role: str) -> RoleGuess:
    """The life domain and gender a role suggests (see the module's docstring)."""
    text = role.strip().casefold().replace("-", "")
    match = _FIRST_WORD.match(text)
    if match is None:
        return RoleGuess()
    domain, gender = _read(match.group())
    if (domain, gender) == (None, None):
        domain, gender = _read(re.sub(r"[^\w]", "", text))
    if domain in (HOME, FAMILY) and _SOMEONE_ELSES.search(text):
        domain = ACQUAINTANCES  # "moeder van een klasgenoot": not the family's own
    return RoleGuess(domain, gender)


def _read(word: str) -> Guess:
    if not word:
        return None, None
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    ending = next((ROLE_ENDINGS[e] for e in sorted(ROLE_ENDINGS, key=len, reverse=True)
                   if word.endswith(e) and word != e), None)
    if ending is not None and ending[0] is not None:  # "buurtwerker": a professional
        return ending
    for prefix in sorted(ROLE_PREFIXES, key=len, reverse=True):
        rest = word.removeprefix(prefix)
        if rest != word and rest:
            domain, gender = _read(rest)
            if (domain, gender) != (None, None):
                return ROLE_PREFIXES[prefix] or domain, gender
    if ending is not None:
        return ending
    return ROLE_ENDINGS.get(word, (None, None))
