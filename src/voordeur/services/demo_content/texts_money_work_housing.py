"""Theme texts about making ends meet: money, work and income, housing."""

from __future__ import annotations

from voordeur.model.catalogues import AgreementOwnerKind, Theme
from voordeur.services.demo_content.templating import ThemeText, parse_agreements, parse_templates

# Who carries out an agreement, by initial: member, network, organisation or worker.
_M = AgreementOwnerKind.MEMBER
_N = AgreementOwnerKind.NETWORK
_O = AgreementOwnerKind.ORGANISATION
_W = AgreementOwnerKind.WORKER


MONEY_WORK_HOUSING_THEMES: dict[Theme, ThemeText] = {
    Theme.MONEY: ThemeText(
        requests=parse_templates(
            "Er komen steeds meer brieven binnen die ik niet durf open te maken. Ik wil weer "
            "overzicht over onze rekeningen.",
            "Aan het eind van de maand is er geen geld meer voor boodschappen. Ik wil dat er "
            "genoeg eten in huis is voor {de_kinderen}.",
            "Ik heb een achterstand bij de energie en de huur. Ik wil hulp om dit op te lossen "
            "voordat het erger wordt.",
            "Ik schaam me ervoor, maar we komen niet rond. Ik wil weten op welke regelingen we "
            "recht hebben.",
        ),
        extras=parse_templates(
            "Ook wil ik weer rustig de post kunnen openmaken.",
            "En ik wil weten of we recht hebben op hulp van de gemeente.",
        ),
        goals=parse_templates(
            "Wij hebben overzicht over onze rekeningen",
            "Alle post wordt één keer per week geopend",
            "De huur wordt elke maand op tijd betaald",
            "Er is aan het eind van de maand nog geld voor boodschappen",
            "We krijgen alle toeslagen waar we recht op hebben",
        ),
        notes=parse_templates(
            "[H] Samen de stapel post doorgenomen en verdeeld in drie bakjes: betalen, bellen en "
            "bewaren. {Ouderrol} schrok minder dan verwacht; een deel bleek al betaald.",
            "[H] {Ouderrol} vertelt dat het geld vooral aan het eind van de maand op is. Samen "
            "een begroting gemaakt; de vaste lasten zijn hoger dan {ouder_hij} dacht door twee "
            "oude abonnementen.",
            "Regelingen nagelopen. De toeslagen lijken in orde, maar er is nog geen aanvraag "
            "gedaan voor de bijzondere bijstand en het kindpakket van de gemeente.",
            "[L] {Ouderrol} heeft zelf de energieleverancier gebeld en een betalingsregeling "
            "getroffen. Een grote stap; {ouder_hij} was er zichtbaar trots op.",
            "Het intakegesprek bij de schuldhulp staat gepland. {Ouderrol} wil graag dat er "
            "iemand meegaat; besproken wie uit het netwerk dat zou kunnen zijn.",
            "{Ouderrol} vertelt dat de eerste keer naar de voedselbank moeilijk was, maar dat de "
            "vrijwilligers vriendelijk waren. Het geeft lucht in de weekboodschappen.",
            "[L] {Ouderrol} houdt sinds kort in een schriftje bij wat er uitgegeven wordt. Het "
            "geeft {ouder_hem} rust om te zien waar het geld naartoe gaat.",
        ),
        strengths=parse_templates(
            "{Ouderrol} opent de post weer zelf",
            "{Ouderrol} is creatief met een klein budget",
        ),
        concerns=parse_templates(
            "Betalingsachterstanden bij huur en energie",
            "Ongeopende post, mogelijk ook brieven van een deurwaarder",
            "Aan het eind van de maand is er soms te weinig eten in huis",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} belt de schuldhulp voor een intake", _M),
            ("Buurtwerker helpt bij de aanvraag voor het kindpakket van de gemeente", _W),
            ("Schuldhulpverlening plant een intakegesprek", _O),
            ("Een vriend of familielid gaat mee naar het eerste gesprek bij de schuldhulp", _N),
            ("{Ouderrol} en {partnerrol} openen de post voortaan samen op maandag", _M),
            ("Buurtwerker neemt bij het volgende bezoek een ordner met tabbladen mee", _W),
        ),
    ),
    Theme.WORK_INCOME: ThemeText(
        requests=parse_templates(
            "[~zelf+thuistaal] Ik wil graag werk vinden, maar met de kinderen en mijn "
            "Nederlands is dat moeilijk. Ik zoek een baan die past bij de schooltijden.",
            "[~zelf] Ik wil graag weer werken, maar ik weet niet hoe ik dat combineer met "
            "{de_kinderen}. Ik zoek iets dat past bij de schooltijden.",
            "[~zelf] Mijn contract stopt volgende maand. Ik wil weten hoe het dan verder moet "
            "met ons inkomen.",
            "[~partner] {Partner} heeft {partner_zijn} baan verloren en zit veel thuis. Ik wil "
            "dat {partner_hij} weer iets vindt waar {partner_hij} blij van wordt.",
        ),
        extras=parse_templates(
            "[~zelf] Ook wil ik graag weer werken, in elk geval een paar ochtenden.",
            "[~partner] En ik wil weten wat er met ons inkomen gebeurt nu {partner} geen werk "
            "heeft.",
        ),
        goals=parse_templates(
            "[~zelf] Ik heb werk of vrijwilligerswerk dat past bij de schooltijden",
            "[~zelf] Mijn cv is klaar en ik heb drie keer gesolliciteerd",
            "[~zelf] Ik heb mijn diploma uit {herkomstland} laten waarderen",
            "[~partner] {Partner} heeft een vast dagritme met werk of vrijwilligerswerk",
            "Ons inkomen is elke maand hetzelfde",
        ),
        notes=parse_templates(
            "[L~zelf+herkomstland] {Ouderrol} heeft met hulp van de bibliotheek een cv gemaakt. "
            "Het ziet er verzorgd uit; samen de werkervaring uit {herkomstland} toegevoegd.",
            "[L~zelf] {Ouderrol} heeft met hulp van de bibliotheek een cv gemaakt. Het ziet er "
            "verzorgd uit; {ouder_hij} wil het eerst nog aan een vriendin laten lezen.",
            "[~zelf] Gesproken over werk. {Ouderrol} wil graag in de zorg werken en heeft daar "
            "ervaring mee; de opvang van {jongste} is nog de grootste puzzel.",
            "[~zelf] {Ouderrol} heeft een gesprek gehad bij het Werkplein. Er wordt gekeken naar "
            "een werkervaringsplek van twintig uur per week.",
            "[L~zelf] {Ouderrol} is begonnen als vrijwilliger bij de kledingbank in de wijk. "
            "{Ouder_hij} vertelt dat {ouder_hij} weer ‘iets doet dat ertoe doet’.",
            "[~zelf] {Ouderrol} twijfelt of werken financieel loont, omdat er dan toeslagen "
            "wegvallen. Afgesproken om samen een proefberekening te maken.",
            "[~partner] {Ouderrol} vertelt dat {partner} sinds het ontslag weinig de deur uit "
            "komt. Besproken hoe {ouderrol} dat kan aankaarten zonder dat het verwijtend klinkt.",
            "[L~partner] {Partner} heeft zich ingeschreven bij een uitzendbureau. {Ouderrol} "
            "merkt dat {partner_hij} weer meer energie heeft.",
        ),
        strengths=parse_templates(
            "[~zelf] {Ouderrol} is gemotiveerd om te werken en heeft werkervaring",
            "[~partner] {Ouderrol} en {partner} steunen elkaar in een onzekere periode",
        ),
        concerns=parse_templates(
            "[~zelf] Onzeker inkomen doordat het tijdelijke contract afloopt",
            "[~zelf+thuistaal] Taal en kinderopvang staan werk nu in de weg",
            "[~partner] Inkomen is gedaald sinds {partner} {partner_zijn} baan verloor",
        ),
        agreements=parse_agreements(
            ("[~zelf] {Ouderrol} maakt een afspraak met de klantmanager van het Werkplein", _M),
            (
                "[~zelf] Buurtwerker zoekt vrijwilligerswerk in de wijk dat past bij de "
                "schooltijden",
                _W,
            ),
            ("Werkplein bekijkt of er recht is op een aanvulling op het inkomen", _O),
            ("Een kennis uit het netwerk vraagt na of er plek is bij de eigen werkgever", _N),
            ("[~partner] {Partner} gaat naar de banenmarkt in het Huis van de Wijk", _M),
        ),
    ),
    Theme.HOUSING: ThemeText(
        requests=parse_templates(
            "[~klein] Ons huis is te klein voor ons gezin. Ik wil dat {kind} een eigen plek "
            "heeft om te spelen en huiswerk te maken.",
            "[~schimmel] Er zit al maanden schimmel in de slaapkamer van {de_kinderen}. Ik wil "
            "dat de woningcorporatie het eindelijk oplost.",
            "[~huur] Ik heb een huurachterstand en ben bang dat we het huis uit moeten. Ik wil "
            "dat we hier kunnen blijven wonen.",
            "[~buren] Met de bovenburen is het elke avond herrie. Ik wil weer rustig kunnen slapen "
            "in mijn eigen huis.",
        ),
        extras=parse_templates(
            "[~klein] Ook wil ik weten hoe lang we nog moeten wachten op een grotere woning.",
            "[~schimmel] En ik wil dat de schimmel in de slaapkamer eindelijk wordt aangepakt.",
            "[~huur] Ook wil ik zeker weten dat we in ons huis kunnen blijven.",
            "[~buren] En ik wil weer rustig kunnen slapen.",
        ),
        goals=parse_templates(
            "[~klein] We staan ingeschreven als woningzoekende",
            "[~klein] {Kind} heeft een rustig plekje om te spelen en huiswerk te maken",
            "[~schimmel] De schimmel in de slaapkamer is weg",
            "[~schimmel] De slaapkamer van {de_kinderen} is droog en gezond",
            "[~huur] We lossen de huurachterstand af volgens de betalingsregeling",
            "[~huur] We kunnen in ons huis blijven wonen",
            "[~buren] We kunnen ’s avonds weer rustig slapen",
            "[~buren] We hebben een goed contact met de buren",
        ),
        notes=parse_templates(
            "[H~schimmel] In de slaapkamer van {de_kinderen} zijn zwarte plekken op het plafond "
            "te zien. {Ouderrol} zet overdag het raam open, maar het komt steeds terug. Foto’s "
            "gemaakt voor de melding bij de corporatie.",
            "[L~schimmel] De corporatie heeft een monteur gestuurd en er komt een mechanische "
            "ventilatie. {Ouderrol} is opgelucht, maar wil eerst zien dat het ook werkt.",
            "[~huur] {Ouderrol} heeft contact gehad met de woningcorporatie over de "
            "huurachterstand. Er is een betalingsregeling voorgesteld die haalbaar lijkt.",
            "[L~huur] De eerste twee termijnen van de betalingsregeling zijn op tijd betaald. Dat "
            "samen benoemd; het was een krappe maand.",
            "[H~klein] Het huis is klein maar netjes. {Kind} speelt en tekent aan de keukentafel "
            "terwijl er gekookt wordt; samen gekeken hoe er toch een eigen hoekje kan komen.",
            "[H~klein] De inschrijving als woningzoekende bleek verlopen. Samen online opnieuw "
            "ingeschreven en eerlijk besproken dat de wachttijd in {stad} lang is.",
            "[~buren] Gesproken over de overlast van de bovenburen. {Ouderrol} staat open voor "
            "buurtbemiddeling en wil eerst zelf een keer aanbellen.",
            "[L~buren] Het gesprek met de bovenburen via buurtbemiddeling is geweest. Er zijn "
            "afspraken gemaakt over geluid na tien uur ’s avonds.",
        ),
        strengths=parse_templates(
            "{Ouderrol} houdt het huis netjes, ondanks de krappe ruimte",
            "{Ouderrol} komt zelf in actie en neemt contact op met de corporatie",
        ),
        concerns=parse_templates(
            "[~schimmel] Vocht en schimmel in de slaapkamer van {de_kinderen}",
            "[~huur] Huurachterstand; de woningcorporatie heeft een brief gestuurd",
            "[~klein] Krappe woning met weinig rust voor {de_kinderen}",
            "[~buren] Geluidsoverlast van de bovenburen; {ouderrol} slaapt slecht",
        ),
        agreements=parse_agreements(
            (
                "[~schimmel] {Ouderrol} meldt de schimmel opnieuw bij de woningcorporatie, met "
                "foto’s",
                _M,
            ),
            ("[~schimmel] Woningcorporatie komt kijken naar de ventilatie", _O),
            ("[~schimmel] Een familielid helpt met verven als de slaapkamer is gerepareerd", _N),
            ("[~huur] {Ouderrol} belt de woningcorporatie over een betalingsregeling", _M),
            ("[~huur] Woningcorporatie stuurt een voorstel voor een betalingsregeling", _O),
            ("[~klein] Buurtwerker bekijkt met {ouderrol} of urgentie aanvragen zin heeft", _W),
            (
                "[~klein] Een familielid helpt een hoekje in de woonkamer in te richten voor "
                "{kind}",
                _N,
            ),
            ("[~buren] Buurtwerker vraagt buurtbemiddeling aan", _W),
            ("[~buren] {Ouderrol} houdt een week bij wanneer de overlast is", _M),
        ),
    ),
}
