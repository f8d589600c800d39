"""Theme texts about well-being: health, mental health, addiction and loneliness."""

from __future__ import annotations

from voordeur.model.catalogues import AgreementOwnerKind, Theme
from voordeur.services.demo_content.templating import ThemeText, parse_agreements, parse_templates

# Who carries out an agreement, by initial: member, network, organisation or worker.
_M = AgreementOwnerKind.MEMBER
_N = AgreementOwnerKind.NETWORK
_O = AgreementOwnerKind.ORGANISATION
_W = AgreementOwnerKind.WORKER


HEALTH_THEMES: dict[Theme, ThemeText] = {
    Theme.HEALTH: ThemeText(
        requests=parse_templates(
            "[~ouder] Ik heb veel pijn in mijn rug en kan niet alles meer zelf. Ik wil dat het "
            "voor {de_kinderen} gewoon doorgaat, ook op mijn slechte dagen.",
            "[~ouder] Sinds mijn operatie ben ik snel moe. Ik wil hulp bij het regelen van alles "
            "rond {de_kinderen}.",
            "[~astma] {Leerling} heeft astma en moet vaak naar het ziekenhuis. Ik wil er rust "
            "over hebben dat het thuis en op school goed gaat.",
        ),
        extras=parse_templates(
            "[~ouder] Ook wil ik weten welke hulp er is op dagen dat het niet gaat.",
            "[~astma] En ik wil dat de afspraken in het ziekenhuis beter te combineren zijn met "
            "school.",
        ),
        goals=parse_templates(
            "[~astma] {Leerling} gebruikt de puffer op de goede momenten",
            "[~astma] Ik weet wat ik moet doen als {leerling} benauwd wordt",
            "[~ouder] Ik weet bij wie ik terechtkan als ik een slechte dag heb",
            "[~ouder] Er is hulp bij de boodschappen op de dagen dat het niet gaat",
        ),
        notes=parse_templates(
            "[~ouder] {Ouderrol} had vandaag een goede dag en kwam net terug van de "
            "fysiotherapeut. Het lopen gaat beter dan een maand geleden.",
            "[~ouder] Besproken hoe {ouderrol} de dagen indeelt. Op slechte dagen blijft veel "
            "liggen; samen gekeken wat dan echt moet en wat kan wachten.",
            "[~ouder] De huisarts heeft doorverwezen naar de internist. {Ouderrol} ziet op tegen "
            "de wachttijd, maar is blij dat er goed gekeken wordt.",
            "[H~astma] {Leerling} liet de nieuwe puffer met opzetkamer zien en deed voor hoe het "
            "moet. Keurig.",
            "[~astma] Besproken hoe school omgaat met de astma van {leerling}. {Ouderrol} wil "
            "dat de gymleraar weet wat te doen bij benauwdheid.",
            "[L~astma] {Leerling} is sinds het nieuwe astma-actieplan ’s nachts niet meer "
            "benauwd geweest. {Ouderrol} is opgelucht.",
            "[L~ouder] De aanvraag voor huishoudelijke hulp via de Wmo loopt. {Ouderrol} vindt "
            "het lastig om hulp in huis te accepteren, maar ziet ook dat het nodig is.",
            "[~ouder] {Ouderrol} vertelt dat {ouder_hij} op slechte dagen minder kan geven dan "
            "{ouder_hij} zou willen. Benoemd wat er ondanks de klachten allemaal wél lukt.",
        ),
        strengths=parse_templates(
            "[~ouder] {Ouderrol} weet goed wat {ouder_hij} wel en niet kan en vraagt op tijd hulp",
            "[~astma] {Ouderrol} kent de astma van {leerling} goed en handelt rustig",
        ),
        concerns=parse_templates(
            "[~ouder] Lichamelijke klachten van {ouder} beperken de dagelijkse zorg",
            "[~astma] Medicatie van {leerling} wordt niet altijd op tijd opgehaald",
            "[~astma] {Leerling} mist lessen door ziekenhuisbezoeken",
        ),
        agreements=parse_agreements(
            (
                "[~ouder] {Ouderrol} vraagt bij de huisarts naar de uitslag van het bloedonderzoek",
                _M,
            ),
            ("[~ouder] Buurtwerker zoekt uit of huishoudelijke hulp via de Wmo mogelijk is", _W),
            ("[~ouder] Familie doet op donderdag de boodschappen", _N),
            (
                "[~astma] Huisarts bespreekt het medicijngebruik van {leerling} bij de volgende "
                "controle",
                _O,
            ),
            ("[~astma] {Ouderrol} geeft school een kopie van het astma-actieplan", _M),
        ),
    ),
    Theme.MENTAL_HEALTH: ThemeText(
        requests=parse_templates(
            "[~ouder] Ik slaap slecht en pieker veel. Ik wil weer energie hebben voor "
            "{de_kinderen}.",
            "[~ouder] Ik voel me vaak somber en heb nergens zin in. Ik wil weer een {ouderrol} "
            "zijn die er echt is voor {de_kinderen}.",
            "[~tiener] {Tiener} zit alleen nog op {tiener_zijn} kamer en praat bijna niet meer. "
            "Ik maak me zorgen en wil weten hoe ik {tiener_hem} kan bereiken.",
        ),
        extras=parse_templates(
            "[~ouder] Ook wil ik iemand om mee te praten over hoe ik me voel.",
            "[~tiener] En ik wil weten wanneer ik me echt zorgen moet maken.",
        ),
        goals=parse_templates(
            "[~ouder] Ik heb elke week een ochtend voor mezelf",
            "[~ouder] Ik praat met iemand over hoe ik me voel",
            "[~ouder] Ik weet wat ik kan doen als het minder goed gaat",
            "[~tiener] {Tiener} eet elke dag minstens één keer met ons mee",
            "[~tiener] {Tiener} heeft iemand buiten het gezin om mee te praten",
        ),
        notes=parse_templates(
            "[~ouder] {Ouderrol} vertelt open dat {ouder_hij} zich de laatste weken somber voelt. "
            "Samen gekeken wat helpt: wandelen, muziek en bellen met familie.",
            "[L~ouder] {Ouderrol} heeft een afspraak gehad bij de POH-GGZ van de huisarts. Het "
            "eerste gesprek voelde goed.",
            "[HL~ouder] Het huis was rommeliger dan de vorige keer. {Ouderrol} gaf aan dat het "
            "een zware week was; dat zonder oordeel benoemd en gevraagd wat {ouder_hij} nu het "
            "meest nodig heeft.",
            "[~ouder] Een signaleringsplan besproken: waaraan merkt {ouderrol} dat het minder "
            "goed gaat, en wie kan {ouder_hij} dan bellen?",
            "[H~tiener] Met {tiener} een stukje gelopen naar de supermarkt. Onderweg vertelde "
            "{tiener_hij} meer dan thuis aan tafel.",
            "[~tiener] {Ouderrol} vertelt dat {tiener} weinig eet en ’s nachts wakker ligt. "
            "Besproken om samen met {tiener} naar de huisarts te gaan.",
            "[~ouder] {Ouderrol} is begonnen met een dagelijkse wandeling na het ontbijt. Het "
            "helpt om de dag te beginnen, vertelt {ouder_hij}.",
            "[L~ouder] {Ouderrol} merkt dat de goede dagen weer wat vaker komen. Samen gekeken "
            "wat er op die dagen anders is.",
            "[~ouder] Besproken hoe {ouderrol} met {de_kinderen} kan praten over hoe het gaat, "
            "eerlijk en passend bij de leeftijd.",
        ),
        strengths=parse_templates(
            "[~ouder] {Ouderrol} durft te vertellen hoe het echt gaat",
            "[~tiener] {Ouderrol} blijft geduldig contact zoeken met {tiener}",
        ),
        concerns=parse_templates(
            "[~ouder] {Ouderrol} voelt zich al langere tijd somber",
            "[~ouder] {Ouderrol} slaapt slecht",
            "[~tiener] {Tiener} trekt zich terug en heeft weinig contact met leeftijdgenoten",
        ),
        agreements=parse_agreements(
            ("[~ouder] {Ouderrol} maakt een afspraak met de POH-GGZ van de huisarts", _M),
            ("[~ouder] Een vriendin gaat twee keer per week wandelen met {ouder}", _N),
            ("Buurtwerker vraagt met toestemming advies aan de praktijkondersteuner", _W),
            ("Huisarts plant een vervolggesprek", _O),
            ("[~tiener] {Ouderrol} gaat samen met {tiener} naar de huisarts", _M),
        ),
    ),
    Theme.ADDICTION: ThemeText(
        requests=parse_templates(
            "[~partner] {Partner} drinkt te veel, vooral in het weekend. Ik wil dat het thuis "
            "rustig en veilig is voor {de_kinderen}.",
            "[~zelf] Ik blow elke avond om te kunnen slapen. Ik wil daarmee stoppen, voor mezelf "
            "en voor {de_kinderen}.",
            "[~tiener] {Tiener} gamet tot diep in de nacht en is dan onhandelbaar. Ik wil dat "
            "het gamen weer normaal wordt.",
        ),
        extras=parse_templates(
            "Ook wil ik weten waar ik zelf terechtkan met mijn zorgen.",
        ),
        goals=parse_templates(
            "[~zelf] Ik blow niet meer door de week",
            "[~partner] Het weekend is gezellig en rustig",
            "[~partner] Ik weet wat ik kan doen als het misgaat",
            "[~tiener] {Tiener} gamet niet meer na tien uur ’s avonds",
            "[~tiener] {Tiener} gaat weer uitgerust naar school",
        ),
        notes=parse_templates(
            "[~zelf] {Ouderrol} vertelt dat {ouder_hij} sinds een maand probeert minder te "
            "blowen. Het slapen is lastig, maar {ouder_hij} houdt vol.",
            "[~partner] Besproken wat het drinken van {partner} betekent voor {de_kinderen}. "
            "{Ouderrol} wil het bespreekbaar maken, maar is bang voor ruzie; samen geoefend hoe "
            "{ouder_hij} het kan zeggen.",
            "[L~partner] {Ouderrol} vertelt dat {partner} zelf ook vindt dat het minder moet. "
            "Dat is een opening; besproken hoe {ouder_hij} dat kan steunen.",
            "[H~tiener] Met {tiener} gesproken over gamen. {Tiener_hij} gaf zelf aan ’s ochtends "
            "moe te zijn en stelde voor de console vanaf tien uur in de woonkamer te zetten.",
            "[~tiener] {Ouderrol} vertelt dat {tiener} ’s nachts gamet en ’s ochtends niet uit "
            "bed komt. Samen voorbereid hoe {ouder_hij} daar afspraken over maakt met {tiener}.",
            "Informatie gegeven over de anonieme chat van de verslavingszorg. {Ouderrol} wil die "
            "eerst zelf bekijken.",
            "[L~zelf] {Ouderrol} heeft deze week drie avonden niet geblowd. Het inslapen duurt "
            "lang; samen gekeken naar een vast avondritueel.",
        ),
        strengths=parse_templates(
            "[~zelf] {Ouderrol} is eerlijk over het gebruik en wil iets veranderen",
            "[~partner] {Ouderrol} beschermt {de_kinderen} en zoekt zelf hulp",
            "[~tiener] {Tiener} denkt zelf mee over oplossingen",
        ),
        concerns=parse_templates(
            "[~partner] {Partner} drinkt in het weekend veel, ook in het bijzijn van {de_kinderen}",
            "[~zelf] Dagelijks cannabisgebruik van {ouder}",
            "[~tiener] {Tiener} gamet ’s nachts en mist daardoor lessen",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} belt de verslavingszorg voor een vrijblijvend adviesgesprek", _M),
            ("[~partner] Buurtwerker zoekt informatie over een groep voor naasten", _W),
            ("Verslavingszorg biedt een kennismakingsgesprek aan", _O),
            ("[~tiener] {Tiener} levert de controller om tien uur in", _M),
            ("[~tiener] Buurtwerker zoekt informatie over gamen voor ouders", _W),
        ),
    ),
    Theme.LONELINESS: ThemeText(
        requests=parse_templates(
            "Sinds we hier wonen ken ik bijna niemand. Ik wil mensen leren kennen in de wijk.",
            "Ik zit de hele dag alleen thuis met {jongste}. Ik wil er weer eens uit en contact "
            "met andere ouders.",
            "Mijn familie woont ver weg. Ik wil iemand in de buurt bij wie ik terechtkan als het "
            "even niet gaat.",
        ),
        extras=parse_templates(
            "Ook zou ik graag andere ouders uit de buurt leren kennen.",
            "En ik wil iemand die ik kan bellen als het even niet gaat.",
        ),
        goals=parse_templates(
            "Ik ga elke week naar de koffieochtend in het Huis van de Wijk",
            "Ik heb iemand in de buurt die ik kan bellen als het nodig is",
            "Ik spreek af en toe af met een andere ouder",
            "Ik voel me minder alleen",
        ),
        notes=parse_templates(
            "{Ouderrol} vertelt dat {ouder_hij} soms dagen niemand spreekt behalve "
            "{de_kinderen}. Dat raakte {ouder_hem} zichtbaar.",
            "Samen gekeken naar activiteiten in de wijk. {Ouderrol} voelt wel wat voor de "
            "inloopochtend op dinsdag, maar vindt het spannend om alleen te gaan. Aangeboden om "
            "de eerste keer mee te lopen.",
            "[L] {Ouderrol} is naar de koffieochtend geweest en heeft daar een ouder uit de "
            "straat leren kennen. Ze hebben afgesproken om binnenkort samen koffie te drinken.",
            "Het ecogram besproken: wie is er als het tegenzit? {Ouderrol} noemde eerst niemand, "
            "maar kwam na doorvragen toch op een paar namen.",
            "{Ouderrol} vertelt dat het contact met familie vooral via videobellen gaat. Dat is "
            "fijn, maar niet hetzelfde als iemand die even langskomt.",
            "[L] {Ouderrol} heeft een buurvrouw gevraagd om een keer koffie te komen drinken. "
            "Spannend, maar het was gezellig en ze hebben een nieuwe afspraak gemaakt.",
        ),
        strengths=parse_templates(
            "{Ouderrol} staat open voor nieuwe contacten",
        ),
        concerns=parse_templates(
            "{Ouderrol} heeft weinig mensen om op terug te vallen",
            "Weinig contact buiten het gezin",
        ),
        agreements=parse_agreements(
            ("Buurtwerker loopt de eerste keer mee naar de inloopochtend", _W),
            ("{Ouderrol} gaat dinsdag naar de koffieochtend in het Huis van de Wijk", _M),
            ("Een buurvrouw drinkt eens per week koffie met {ouder}", _N),
            ("Huis van de Wijk nodigt {ouder} uit voor de vrijwilligersmiddag", _O),
        ),
    ),
}
