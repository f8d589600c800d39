"""Texts for any household, used when a theme has nothing (more) that fits."""

from __future__ import annotations

from voordeur.model.catalogues import AgreementOwnerKind
from voordeur.services.demo_content.templating import parse_agreements, parse_templates

# Who carries out an agreement, by initial: member, network, organisation or worker.
_M = AgreementOwnerKind.MEMBER
_N = AgreementOwnerKind.NETWORK
_O = AgreementOwnerKind.ORGANISATION
_W = AgreementOwnerKind.WORKER


GENERIC_REQUESTS = parse_templates(
    "Ik wil dat het thuis weer rustiger wordt en dat ik weet waar ik terechtkan met mijn vragen.",
    "Het is de laatste tijd allemaal veel. Ik wil weer overzicht en iemand die met me meedenkt.",
)

GENERIC_GOALS = parse_templates(
    "Het is thuis rustiger",
    "Ik weet bij wie ik terechtkan met mijn vragen",
    "We doen één keer per week iets leuks als gezin",
    "{Leerling} gaat met plezier naar school",
    "Ik heb meer mensen om me heen op wie ik kan rekenen",
    "Ik heb weer energie aan het eind van de dag",
    "We eten elke avond samen",
    "Ik vraag zelf om hulp als het nodig is",
    "{Kind} heeft een hobby die {kind_hij} leuk vindt",
    "{Partner} en ik nemen samen beslissingen over {de_kinderen}",
    "[+taal] Ik lees de brieven van school en gemeente zelf",
    "Ik heb een plan voor als het even niet gaat",
    "{Kind} heeft een vriendje of vriendinnetje om mee te spelen",
    "Vriendjes en vriendinnetjes van {de_kinderen} komen graag bij ons thuis",
)

GENERIC_STRENGTHS = parse_templates(
    "{Ouderrol} is betrokken en vraagt zelf om hulp",
    "{Ouderrol} en {partnerrol} werken goed samen als ouders",
    "Warme band tussen {ouderrol} en {kind}",
    "{Kind} is sociaal en heeft vrienden in de buurt",
    "{Tiener} helpt mee in huis",
    "{Ouderrol} is open en eerlijk over wat moeilijk is",
    "{Ouderrol} houdt zich aan afspraken",
    "{Leerling} gaat graag naar school en doet goed mee in de klas",
    "{Ouderrol} spreekt {taal} en leert snel Nederlands",
    "{Kinderen} zien er verzorgd uit",
    "{Ouderrol} heeft humor en kan relativeren",
    "Familie in de buurt die bereid is te helpen",
    "{Ouderrol} zorgt voor vaste ritmes in huis",
    "{Ouderrol} is trots op {de_kinderen} en laat dat merken",
)

GENERIC_CONCERNS = parse_templates(
    "{Ouderrol} staat er grotendeels alleen voor",
    "Veel spanning in huis door een opeenstapeling van zorgen",
)

GENERIC_AGREEMENTS = parse_agreements(
    ("Buurtwerker plant het volgende huisbezoek over twee weken", _W),
    ("{Ouderrol} bedenkt wie uit het netwerk kan helpen en neemt een lijstje mee", _M),
    ("{Ouderrol} en {partnerrol} kiezen samen welk doel als eerste aandacht krijgt", _M),
    ("Iemand uit het netwerk sluit aan bij het volgende gesprek", _N),
    ("Buurtwerker vraagt met toestemming informatie op bij {org}", _W),
    ("{Org} nodigt {ouder} uit voor een gezamenlijk gesprek", _O),
    ("{Kind} bedenkt zelf een uitje voor het hele gezin", _M),
    ("Buurtwerker zoekt een activiteit in de wijk voor {leerling}", _W),
    ("{Ouderrol} houdt een week bij wat goed gaat", _M),
)
