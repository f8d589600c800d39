"""Fixed vocabularies of the domain, with their Dutch labels.

Codes are stable English-ish identifiers stored in the database and in exports; labels are what a
worker reads. GUI code passes the labels through Qt's translation system.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    """Drives the genogram symbol: square, circle, diamond (other/unknown)."""

    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


class PersonKind(StrEnum):
    MEMBER = "member"  # lives in / belongs to the household (genogram inside the ecogram)
    NETWORK = "network"  # family outside the home, friends, neighbours, ...


class LifeDomain(StrEnum):
    """Sectors of the ecogram."""

    FAMILY_HOME = "gezin"
    EXTENDED_FAMILY = "familie"
    FRIENDS = "vrienden"
    NEIGHBOURS = "buren"
    ACQUAINTANCES = "kennissen"
    SCHOOL_WORK = "school_werk"
    LEISURE = "vrije_tijd"
    PROFESSIONALS = "professionals"


LIFE_DOMAIN_LABELS: dict[LifeDomain, str] = {
    LifeDomain.FAMILY_HOME: "Gezin",
    LifeDomain.EXTENDED_FAMILY: "Familie",
    LifeDomain.FRIENDS: "Vrienden",
    LifeDomain.NEIGHBOURS: "Buren",
    LifeDomain.ACQUAINTANCES: "Kennissen",
    LifeDomain.SCHOOL_WORK: "School/werk",
    LifeDomain.LEISURE: "Vrije tijd",
    LifeDomain.PROFESSIONALS: "Professionals",
}


# Closeness of a network member or partner: the ecogram ring it is drawn on.
CLOSENESS_NEAR, CLOSENESS_MIDDLE, CLOSENESS_FAR = 1, 2, 3

CLOSENESS_LABELS: dict[int, str] = {
    CLOSENESS_NEAR: "Dichtbij",
    CLOSENESS_MIDDLE: "Midden",
    CLOSENESS_FAR: "Verder weg",
}


class OrganisationKind(StrEnum):
    SCHOOL = "school"
    JGZ = "jgz"
    GP = "huisarts"
    CHILDCARE = "kinderopvang"
    YOUTH_CARE = "jeugdhulp"
    SOCIAL_TEAM = "sociaal_wijkteam"
    COMMUNITY_WORK = "buurtwerk"
    VEILIG_THUIS = "veilig_thuis"
    DEBT_SUPPORT = "schuldhulp"
    SPORTS_CLUB = "sportclub"
    FAITH = "kerk_moskee"
    WORK = "werk"
    MENTAL_HEALTH = "ggz"
    HOUSING = "woningcorporatie"
    MUNICIPALITY = "gemeente"
    LIBRARY = "bibliotheek"
    OTHER = "overig"


ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.SCHOOL: "School",
    OrganisationKind.JGZ: "JGZ / consultatiebureau",
    OrganisationKind.GP: "Huisarts",
    OrganisationKind.CHILDCARE: "Kinderopvang",
    OrganisationKind.YOUTH_CARE: "Jeugdhulp",
    OrganisationKind.SOCIAL_TEAM: "Sociaal wijkteam",
    OrganisationKind.COMMUNITY_WORK: "Buurtwerk",
    OrganisationKind.VEILIG_THUIS: "Veilig Thuis",
    OrganisationKind.DEBT_SUPPORT: "Schuldhulpverlening",
    OrganisationKind.SPORTS_CLUB: "Sportclub",
    OrganisationKind.FAITH: "Kerk / moskee",
    OrganisationKind.WORK: "Werk",
    OrganisationKind.MENTAL_HEALTH: "GGZ",
    OrganisationKind.HOUSING: "Woningcorporatie",
    OrganisationKind.MUNICIPALITY: "Gemeente",
    OrganisationKind.LIBRARY: "Bibliotheek / taalhuis",
    OrganisationKind.OTHER: "Overig",
}

# Organisations that are part of the informal network rather than professional care.
INFORMAL_ORGANISATION_KINDS = frozenset(
    {OrganisationKind.SPORTS_CLUB, OrganisationKind.FAITH, OrganisationKind.WORK}
)


class NodeKind(StrEnum):
    """What an end of a tie is: the household as a whole, a person or an organisation."""

    HOUSEHOLD = "household"
    PERSON = "person"
    ORGANISATION = "organisation"


class TieStrength(StrEnum):
    STRONG = "strong"  # thick line
    NORMAL = "normal"  # thin line
    WEAK = "weak"  # dashed line


TIE_STRENGTH_LABELS: dict[TieStrength, str] = {
    TieStrength.STRONG: "Sterk",
    TieStrength.NORMAL: "Gewoon",
    TieStrength.WEAK: "Zwak",
}


class TieQuality(StrEnum):
    SUPPORTIVE = "supportive"
    NEUTRAL = "neutral"
    STRESSFUL = "stressful"  # hatched / zigzag line
    CUT_OFF = "cut_off"  # broken line


TIE_QUALITY_LABELS: dict[TieQuality, str] = {
    TieQuality.SUPPORTIVE: "Steunend",
    TieQuality.NEUTRAL: "Neutraal",
    TieQuality.STRESSFUL: "Stressvol",
    TieQuality.CUT_OFF: "Verbroken",
}


class SupportDirection(StrEnum):
    """Direction of support relative to the tie's (source, target)."""

    NONE = "none"
    TO_TARGET = "to_target"  # source supports target
    TO_SOURCE = "to_source"  # target supports source
    MUTUAL = "mutual"


SUPPORT_DIRECTION_LABELS: dict[SupportDirection, str] = {
    SupportDirection.NONE: "Geen steun",
    SupportDirection.TO_TARGET: "Van de eerste naar de tweede",
    SupportDirection.TO_SOURCE: "Van de tweede naar de eerste",
    SupportDirection.MUTUAL: "Wederzijds",
}


class SupportType(StrEnum):
    """The Dutch P/G/A/E support types."""

    PRACTICAL = "P"  # praktisch
    COMPANIONSHIP = "G"  # gezelschap
    ADVICE = "A"  # advies
    EMOTIONAL = "E"  # emotioneel


SUPPORT_TYPE_LABELS: dict[SupportType, str] = {
    SupportType.PRACTICAL: "Praktisch",
    SupportType.COMPANIONSHIP: "Gezelschap",
    SupportType.ADVICE: "Advies",
    SupportType.EMOTIONAL: "Emotioneel",
}


class PartnerStatus(StrEnum):
    MARRIED = "married"
    COHABITING = "cohabiting"
    SEPARATED = "separated"
    DIVORCED = "divorced"


PARTNER_STATUS_LABELS: dict[PartnerStatus, str] = {
    PartnerStatus.MARRIED: "Getrouwd",
    PartnerStatus.COHABITING: "Samenwonend",
    PartnerStatus.SEPARATED: "Uit elkaar",
    PartnerStatus.DIVORCED: "Gescheiden",
}


class ChildType(StrEnum):
    BIOLOGICAL = "biological"
    ADOPTED = "adopted"
    FOSTER = "foster"


CHILD_TYPE_LABELS: dict[ChildType, str] = {
    ChildType.BIOLOGICAL: "Biologisch kind",
    ChildType.ADOPTED: "Adoptiekind",
    ChildType.FOSTER: "Pleegkind",
}


class FamilyRelationKind(StrEnum):
    PARTNERS = "partners"  # person_a and person_b are (ex-)partners
    PARENT_CHILD = "parent_child"  # person_a is a parent of person_b


class HouseholdStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class VisitKind(StrEnum):
    HOME_VISIT = "huisbezoek"
    PHONE = "telefonisch"
    STREET = "op_straat"
    GROUP = "groepsbijeenkomst"
    PARTNER_MEETING = "overleg_partner"


VISIT_KIND_LABELS: dict[VisitKind, str] = {
    VisitKind.HOME_VISIT: "Huisbezoek",
    VisitKind.PHONE: "Telefonisch",
    VisitKind.STREET: "Op straat / plein",
    VisitKind.GROUP: "Groepsbijeenkomst",
    VisitKind.PARTNER_MEETING: "Overleg met partner",
}


class VisitStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    VOID = "void"  # "vervallen": a final visit that should not have been; kept with its reason


class NoteField(StrEnum):
    """The free-text fields of a visit that keep revisions and merge as text."""

    NOTES = "notes"
    REQUEST = "request"  # hulpvraag
    STRENGTHS = "strengths"
    CONCERNS = "concerns"


class PlanField(StrEnum):
    """The household plan's texts that carry over from visit to visit."""

    REQUEST = "request"  # hulpvraag, in the family's own words
    STRENGTHS = "strengths"  # krachten, one per line
    CONCERNS = "concerns"  # zorgen, one per line


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    STOPPED = "stopped"


class AgreementOwnerKind(StrEnum):
    MEMBER = "member"
    NETWORK = "network"
    ORGANISATION = "organisation"
    WORKER = "worker"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ConsentTopic(StrEnum):
    """What a consent allows to be shared with the partners in its scope."""

    GOALS = "goals"
    AGREEMENTS = "agreements"
    VISIT_SUMMARIES = "visit_summaries"
    NETWORK = "network"
    CONCERNS = "concerns"


CONSENT_TOPIC_LABELS: dict[ConsentTopic, str] = {
    ConsentTopic.GOALS: "Doelen en scores",
    ConsentTopic.AGREEMENTS: "Afspraken",
    ConsentTopic.VISIT_SUMMARIES: "Verslagen van bezoeken",
    ConsentTopic.NETWORK: "Netwerk (ecogram)",
    ConsentTopic.CONCERNS: "Zorgen",
}


class Theme(StrEnum):
    DIVORCE = "echtscheiding"
    OVERWEIGHT = "overgewicht"
    LANGUAGE_DELAY = "taalachterstand"
    TRUANCY = "schoolverzuim"
    PARENTING = "opvoedvragen"
    MONEY = "geldzorgen"
    HOUSING = "huisvesting"
    LONELINESS = "eenzaamheid"
    WORK_INCOME = "werk_inkomen"
    HEALTH = "gezondheid"
    MENTAL_HEALTH = "psychische_gezondheid"
    ADDICTION = "verslaving"
    DOMESTIC_VIOLENCE = "huiselijk_geweld"
    INFORMAL_CARE = "mantelzorg"
    CHILD_DEVELOPMENT = "ontwikkeling_kind"


THEME_LABELS: dict[Theme, str] = {
    Theme.DIVORCE: "Echtscheiding",
    Theme.OVERWEIGHT: "Overgewicht",
    Theme.LANGUAGE_DELAY: "Taalachterstand",
    Theme.TRUANCY: "Schoolverzuim",
    Theme.PARENTING: "Opvoedvragen",
    Theme.MONEY: "Geldzorgen",
    Theme.HOUSING: "Huisvesting",
    Theme.LONELINESS: "Eenzaamheid",
    Theme.WORK_INCOME: "Werk en inkomen",
    Theme.HEALTH: "Gezondheid",
    Theme.MENTAL_HEALTH: "Psychische gezondheid",
    Theme.ADDICTION: "Verslaving",
    Theme.DOMESTIC_VIOLENCE: "Huiselijk geweld",
    Theme.INFORMAL_CARE: "Mantelzorg",
    Theme.CHILD_DEVELOPMENT: "Ontwikkeling van het kind",
}


class AccessAction(StrEnum):
    """What an access-log entry records (NEN 7513: who did what with which record, when)."""

    CREATE_STORE = "create_store"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    OPEN = "open"
    CHANGE = "change"
    SEARCH = "search"
    IMPORT = "import"
    EXPORT = "export"
    PASSPHRASE_CHANGED = "passphrase_changed"


class AccessOutcome(StrEnum):
    OK = "ok"
    REFUSED = "refused"
    ERROR = "error"
