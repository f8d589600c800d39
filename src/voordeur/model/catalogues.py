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
    """The sorts of organisation on a Dutch sociale kaart (codes are stored as text: a new code
    needs no migration, but a new export format version)."""

    SCHOOL = "school"
    CHILD_CENTRE = "kindcentrum"  # integraal kindcentrum (IKC): school and childcare in one
    CHILDCARE = "kinderopvang"
    EARLY_EDUCATION = "peuteropvang_vve"
    CHILDCARE_YOUTH_CARE = "opvang_jeugdhulp"  # kinderopvang with jeugdhulp (a day programme)
    JGZ = "jgz"
    WELL_BABY_CLINIC = "consultatiebureau"
    MIDWIFE = "verloskundige"
    GP = "huisarts"
    DISTRICT_NURSING = "wijkverpleging"
    YOUTH_CARE = "jeugdhulp"
    CHILD_PROTECTION = "jeugdbescherming"
    SOCIAL_TEAM = "sociaal_wijkteam"
    SOCIAL_WORK = "maatschappelijk_werk"
    COMMUNITY_WORK = "buurtwerk"
    YOUTH_WORK = "jongerenwerk"
    VEILIG_THUIS = "veilig_thuis"
    DEBT_SUPPORT = "schuldhulp"
    FOOD_BANK = "voedselbank"
    SPORTS_CLUB = "sportclub"
    FAITH = "kerk_moskee"
    SELF_ORGANISATION = "zelforganisatie"
    VOLUNTEERS = "vrijwilligers"
    WORK = "werk"
    MENTAL_HEALTH = "ggz"
    HOUSING = "woningcorporatie"
    MUNICIPALITY = "gemeente"
    SCHOOL_ATTENDANCE = "leerplicht"
    POLICE = "wijkagent"
    LIBRARY = "bibliotheek"
    OTHER = "overig"


ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.SCHOOL: "School",
    OrganisationKind.CHILD_CENTRE: "Kindcentrum / IKC",
    OrganisationKind.CHILDCARE: "Kinderopvang",
    OrganisationKind.EARLY_EDUCATION: "Peuteropvang / VVE",
    OrganisationKind.CHILDCARE_YOUTH_CARE: "Kinderopvang met jeugdhulp",
    OrganisationKind.JGZ: "JGZ / CJG",
    OrganisationKind.WELL_BABY_CLINIC: "Consultatiebureau",
    OrganisationKind.MIDWIFE: "Verloskundige / kraamzorg",
    OrganisationKind.GP: "Huisarts",
    OrganisationKind.DISTRICT_NURSING: "Wijkverpleging",
    OrganisationKind.YOUTH_CARE: "Jeugdhulp",
    OrganisationKind.CHILD_PROTECTION: "Jeugdbescherming",
    OrganisationKind.SOCIAL_TEAM: "Sociaal wijkteam",
    OrganisationKind.SOCIAL_WORK: "Maatschappelijk werk",
    OrganisationKind.COMMUNITY_WORK: "Buurtwerk / Huis van de Wijk",
    OrganisationKind.YOUTH_WORK: "Jongerenwerk",
    OrganisationKind.VEILIG_THUIS: "Veilig Thuis",
    OrganisationKind.DEBT_SUPPORT: "Schuldhulpverlening",
    OrganisationKind.FOOD_BANK: "Voedselbank",
    OrganisationKind.SPORTS_CLUB: "Sportclub",
    OrganisationKind.FAITH: "Geloofsgemeenschap (kerk, moskee, …)",
    OrganisationKind.SELF_ORGANISATION: "Zelforganisatie / bewonersgroep",
    OrganisationKind.VOLUNTEERS: "Vrijwilligersorganisatie",
    OrganisationKind.WORK: "Werk",
    OrganisationKind.MENTAL_HEALTH: "GGZ",
    OrganisationKind.HOUSING: "Woningcorporatie",
    OrganisationKind.MUNICIPALITY: "Gemeente",
    OrganisationKind.SCHOOL_ATTENDANCE: "Leerplicht / RMC",
    OrganisationKind.POLICE: "Wijkagent / politie",
    OrganisationKind.LIBRARY: "Bibliotheek / taalhuis",
    OrganisationKind.OTHER: "Overig",
}

# Organisations that are part of the informal network rather than professional care.
INFORMAL_ORGANISATION_KINDS = frozenset(
    {OrganisationKind.SPORTS_CLUB, OrganisationKind.FAITH, OrganisationKind.WORK,
     OrganisationKind.SELF_ORGANISATION, OrganisationKind.VOLUNTEERS}
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
    ON_SITE = "op_locatie"  # a talk at a place of the wijk, e.g. the Huis van de Wijk
    DROP_IN = "inloop"  # inloop / spreekuur


VISIT_KIND_LABELS: dict[VisitKind, str] = {
    VisitKind.HOME_VISIT: "Huisbezoek",
    VisitKind.PHONE: "Telefonisch",
    VisitKind.STREET: "Op straat / plein",
    VisitKind.ON_SITE: "Gesprek op locatie",
    VisitKind.DROP_IN: "Inloop / spreekuur",
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
