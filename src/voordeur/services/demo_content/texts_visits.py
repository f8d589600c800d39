"""Visit notes: openings, bodies and closings per kind of contact, and the groups visited."""

from __future__ import annotations

from voordeur.model.catalogues import OrganisationKind, Theme
from voordeur.services.demo_content.templating import Template, parse_templates

OPEN_HOME = parse_templates(
    "[F] Eerste huisbezoek, kennismaking met {ouder} en de kinderen ({kinderen}). {Ouderrol} "
    "had koffie gezet en vertelde open over de situatie thuis.",
    "[F] Eerste huisbezoek, kennismaking met {ouder}. {Ouderrol} had thee gezet en vertelde "
    "open over de situatie thuis.",
    "[F] Kennismaking bij {gezin_naam} thuis. {Ouderrol} was via {verwijzer} bij mij "
    "terechtgekomen en had zelf om een gesprek gevraagd.",
    "[F] Eerste gesprek thuis. Uitgelegd wie ik ben en wat ik wel en niet kan doen. {Ouderrol} "
    "wilde vooral weten of er ‘een dossier’ komt; uitgelegd wat ik vastleg en waarom.",
    "[F] Eerste kennismaking. {Ouderrol} deed open met {jongste} op de arm en was wat "
    "zenuwachtig, maar dat zakte snel.",
    "[F] Kennismakingsbezoek. {Ouderrol} en {partnerrol} waren er allebei en vertelden om de "
    "beurt hoe zij de situatie zien.",
    "[L] Sinds het vorige bezoek gaat het volgens {ouderrol} ‘iets beter’. Doorgevraagd wat dat "
    "‘iets’ is: minder ruzie aan tafel, en {ouder_hij} slaapt zelf beter.",
    "[L] Sinds het vorige bezoek is er veel gebeurd. {Ouderrol} begon meteen te vertellen, nog "
    "voordat mijn jas uit was.",
    "[L] Huisbezoek volgens afspraak. De afspraken van vorige keer nagelopen: een deel is gelukt, "
    "een deel loopt nog.",
    "[L] Terugblik op de afgelopen weken. {Ouderrol} vertelt dat het een drukke periode was, maar "
    "dat {ouder_hij} beter het overzicht kon houden dan eerst.",
    "[L] Bij binnenkomst was {schoolkind} net thuis uit school en vertelde meteen over "
    "{schoolkind_zijn} dag.",
    "[L] Huisbezoek nummer {nr}. De sfeer was ontspannen; {ouderrol} had zelf een lijstje met "
    "onderwerpen gemaakt.",
    "[L] Sinds het vorige bezoek heeft {ouderrol} zelf een paar stappen gezet die we samen hadden "
    "bedacht. Daar eerst bij stilgestaan.",
    "[L] Het bezoek begon iets later, omdat {ouderrol} {schoolkind} nog van school moest halen. "
    "Daarna rustig aan de keukentafel gezeten.",
    "[L] Sinds het vorige bezoek was er een lastige week. {Ouderrol} wilde daar eerst over "
    "praten; de geplande onderwerpen schoven door.",
    "[L] {Ouderrol} had na het vorige bezoek nog even nagedacht over onze vraag wie er om het "
    "gezin heen staan, en was met een paar namen gekomen.",
)

OPEN_PHONE = parse_templates(
    "[F] Telefonisch kennismakingsgesprek met {ouder}. {Ouder_hij} kwam via {verwijzer} bij mij "
    "terecht en wilde eerst horen wat ik kan betekenen.",
    "[F] Eerste telefonisch contact met {ouder}. Kort uitgelegd hoe ik werk; {ouder_hij} wil "
    "graag een huisbezoek.",
    "[L] {Ouder} belde zelf om te vertellen hoe het gaat. Dat is nieuw; eerder wachtte "
    "{ouder_hij} tot ik contact opnam.",
    "[L] Telefonisch contact ter voorbereiding op het volgende huisbezoek.",
    "[L] Kort telefonisch contact; {ouder} had weinig tijd, {jongste} werd net wakker.",
    "[L] Gebeld met {ouder} om te horen hoe het contact met {org} was gegaan.",
    "[L] Sinds het vorige bezoek even telefonisch bijgepraat met {ouder}.",
)

OPEN_STREET = parse_templates(
    "[F] Eerste contact met {ouder} buiten in de wijk, op verzoek van {verwijzer}. Mezelf "
    "voorgesteld en mijn telefoonnummer gegeven.",
    "{Ouder} in de wijk tegengekomen en even bijgepraat.",
    "Kort contact met {ouder} buiten, terwijl {klein} aan het spelen was.",
    "{Ouder} kwam naar me toe om gedag te zeggen; we zijn even op een bankje gaan zitten.",
    "[L] {Ouder} buiten tegengekomen, met de boodschappen nog in de hand. Sinds het vorige bezoek "
    "gaat het redelijk, vertelt {ouder_hij}.",
)

OPEN_GROUP = parse_templates(
    "[F] {Ouder} was voor het eerst bij {groep}. Vooraf vond {ouder_hij} het spannend; aan het "
    "eind bleef {ouder_hij} nog even koffie drinken.",
    "[F] {Ouder} schoof vandaag voor het eerst aan bij {groep}. {Ouder_hij} kwam samen met "
    "een buurvrouw binnen en ging bij het raam zitten.",
    "[L] Bijeenkomst van {groep}. {Ouder} was er weer bij en kent inmiddels een paar andere "
    "deelnemers bij naam.",
    "[L] Bijeenkomst van {groep}, met acht deelnemers. {Ouder} was op tijd en hielp met het "
    "klaarzetten van de koffie.",
)

OPEN_PARTNER = parse_templates(
    "[F] Eerste overleg met {org_functie} van {org}, op verzoek en met toestemming van {ouderrol}.",
    "Overleg met {org_functie} van {org}, met toestemming van {ouderrol}.",
    "Afgestemd met {org_functie} ({org}). {Ouderrol} had vooraf toestemming gegeven en weet "
    "waarover het overleg gaat.",
    "[L] Vervolgoverleg met {org_functie} van {org}. Sinds het vorige overleg is het contact "
    "tussen {org} en {ouderrol} verbeterd.",
)

GENERIC_NOTES = parse_templates(
    "[H] De sfeer in huis was ontspannen. Er stond thee klaar en {kind} kwam even gedag zeggen.",
    "[H] Het viel op hoe warm {ouderrol} met {kind} omgaat: veel oogcontact, een grapje "
    "tussendoor en geduld toen {kind_hij} iets wilde laten zien.",
    "[H] {Kinderen} speelden tijdens het gesprek in de woonkamer. Af en toe was er een ruzietje, "
    "dat {ouderrol} rustig oploste.",
    "[H] {Baby} lag te slapen in de box, dus we hebben zacht pratend aan de keukentafel gezeten.",
    "[H] Aan de muur hangen tekeningen van {kind} en foto’s van familie. {Ouderrol} vertelde bij "
    "een paar foto’s wie het zijn; zo kwam het gesprek vanzelf op het netwerk.",
    "{Ouderrol} had een lijstje met vragen voorbereid. Mooi dat {ouder_hij} zelf de regie neemt.",
    "Gevraagd wat er de afgelopen tijd goed ging. {Ouderrol} noemde als eerste dat {kind} weer "
    "meer lacht.",
    "[HL] Samen het ecogram bijgewerkt. {Ouderrol} zag zelf dat er meer mensen om het gezin heen "
    "staan dan {ouder_hij} dacht.",
    "[L] De doelen uit het gezinsplan doorgelopen. Op één doel is duidelijk vooruitgang; het "
    "andere vraagt meer tijd, en dat is oké.",
    "{Ouderrol} vertelde over de familie in {familieland} en hoe daar wordt opgevoed. Mooi "
    "gesprek over wat {ouder_hij} wil meegeven aan {de_kinderen} en wat {ouder_hij} anders wil "
    "doen.",
    "[H] {Tiener} schoof na een tijdje aan tafel aan en deed mee aan het gesprek. {Ouderrol} vond "
    "dat bijzonder; dat gebeurt niet vaak.",
    "[H] Een tolk via de telefoon ingezet ({taal}). {Ouderrol} begrijpt veel Nederlands, maar wil "
    "bij belangrijke onderwerpen zeker weten dat alles goed overkomt.",
    "[H] {Partner} was deze keer ook bij het gesprek. {Partner_hij} vulde {ouderrol} aan en "
    "vertelde hoe {partner_hij} de situatie thuis ervaart.",
    "{Ouderrol} vertelt dat {partner} veel werkt en daardoor weinig thuis is. Samen gekeken hoe "
    "{partner} toch betrokken kan blijven bij wat we bespreken.",
    "Gesproken over wat {ouderrol} zelf energie geeft. Na even nadenken: muziek, koken voor "
    "familie en {kind} zien spelen.",
    "[L] Schaalvraag: {ouderrol} geeft de situatie thuis nu een {schaal}. Gevraagd wat er nodig "
    "is om een punt hoger te komen.",
    "{Ouderrol} vroeg of het ‘normaal’ is wat {ouder_hij} voelt. Uitgelegd dat veel ouders in een "
    "vergelijkbare situatie dit herkennen.",
    "[H] {Schoolkind} liet trots een werkstuk van school zien. {Ouderrol} keek mee en gaf een "
    "compliment; een mooi moment.",
    "[H] {Klein} kwam steeds even bij {ouderrol} op schoot zitten en ging dan weer spelen. Een "
    "veilige basis, zo te zien.",
    "Besproken hoe de week eruitziet: wie brengt en haalt, wanneer er gegeten wordt en wanneer "
    "er tijd is voor {ouderrol} zelf. Het schema is vol, maar overzichtelijk.",
    "{Ouderrol} vertelt dat {kind} het goed doet bij {kind_zijn} vrienden en vaak buiten speelt. "
    "Dat geeft {ouder_hem} rust.",
    "[H] {Jongste} was verkouden en wat hangerig. {Ouderrol} bleef rustig en combineerde het "
    "gesprek met troosten; dat ging goed.",
    "Stilgestaan bij wat {ouderrol} de afgelopen tijd allemaal heeft gedragen. {Ouder_hij} "
    "reageerde verrast: ‘Zo had ik het nog niet bekeken.’",
    "[H] {Oma_thuis} zat bij het gesprek en knikte instemmend toen {ouderrol} vertelde hoe druk "
    "het is. Ook {oma_thuis_zijn} kant van het verhaal gehoord.",
)

NETWORK_NOTES = parse_templates(
    "[L] {Netwerk} helpt inmiddels vast één middag per week. Dat geeft {ouderrol} lucht.",
    "{Ouderrol} heeft {netwerk} gevraagd om mee te denken. Dat vond {ouder_hij} spannend, maar "
    "de reactie was positief.",
    "Gesproken over het contact met {netwerk}. Het is waardevol, al vindt {ouderrol} het lastig "
    "om steeds om hulp te vragen.",
    "{Ouderrol} wil {netwerk} uitnodigen voor een netwerkgesprek. Samen bedacht wat {ouder_hij} "
    "dan wil vragen.",
    "{Netwerk} en {netwerk2} zijn volgens {ouderrol} de mensen op wie het gezin het meest kan "
    "rekenen. Beiden staan nu dicht bij het midden van het ecogram.",
    "[H] {Netwerk} was aan het begin van het bezoek even aanwezig en vertelde hoe het contact met "
    "het gezin is.",
    "Het contact met {netwerk} is wat minder geworden. {Ouderrol} weet niet goed waarom en wil er "
    "binnenkort zelf naar vragen.",
    "{Netwerk} heeft aangeboden om mee te gaan naar {org}. {Ouderrol} neemt dat aanbod graag aan.",
    "[L] Sinds {netwerk} op woensdag {kind} ophaalt, heeft {ouderrol} één vaste middag voor "
    "zichzelf.",
)

GROUP_BODY = parse_templates(
    "Het thema van de bijeenkomst was ‘{groepsthema}’. {Ouder} vertelde over de eigen situatie en "
    "kreeg herkenning van andere deelnemers.",
    "{Ouder} gaf een andere deelnemer een praktische tip. Mooi om {ouder_hem} zo in de rol van "
    "helper te zien.",
    "In de pauze stond {ouder} met twee andere ouders te praten; ze hebben telefoonnummers "
    "uitgewisseld.",
    "{Jongste} was mee en speelde in de kinderhoek bij de vrijwilligers, zodat {ouder} het hele "
    "programma kon volgen.",
    "[L] {Ouder} was stiller dan anders. Na afloop gevraagd hoe het ging; {ouder_hij} gaf aan moe "
    "te zijn, maar wilde er graag bij zijn.",
    "De groep sprak over wat je doet als je kind niet wil luisteren. {Ouder} vertelde wat thuis "
    "bij {kind} werkt.",
    "Na afloop nog even met {ouder} gesproken over hoe het thuis gaat. Kort, maar {ouder_hij} gaf "
    "aan dat het goed voelde om even bij te praten.",
    "{Ouder} stelde voor om na de bijeenkomst samen met een paar deelnemers te gaan wandelen. Het "
    "initiatief werd enthousiast ontvangen.",
)

PARTNER_BODY: dict[OrganisationKind | None, tuple[Template, ...]] = {
    OrganisationKind.SCHOOL: parse_templates(
        "{Org_functie} vertelt dat {leerling} in de klas vrolijk en behulpzaam is. De laatste "
        "weken is {leerling_hij} wel vaker moe en afwezig; school herkent het beeld dat "
        "{ouderrol} thuis ziet.",
        "Besproken hoe school en thuis elkaar beter op de hoogte houden. Voorstel: een kort "
        "wekelijks bericht via de schoolapp, niet alleen contact als er iets mis is.",
        "School heeft de {verzuim_uren} uur verzuim van {leerling} gemeld bij leerplicht, zoals "
        "verplicht is. Afgesproken dat we samen optrekken, zodat het gezin niet van meerdere "
        "kanten wordt benaderd.",
        "School ziet dat {leerling} vooruitgaat sinds de extra ondersteuning. {Org_functie} "
        "wil {ouderrol} uitnodigen om dat samen te bespreken.",
        "{Ouderrol} was zelf bij het gesprek. Mooi om te zien dat {ouder_hij} de zorgen van "
        "school kon aanhoren en zelf benoemde wat {leerling} thuis nodig heeft.",
    ),
    OrganisationKind.JGZ: parse_templates(
        "De jeugdverpleegkundige ziet dat {peuter} goed groeit, en vraagt extra aandacht voor de "
        "taalontwikkeling. Advies: een plek op de VVE-peuteropvang.",
        "Besproken dat {ouderrol} het consultatiebureau soms spannend vindt. Afgesproken dat ik "
        "de volgende afspraak meega als {ouder_hij} dat wil.",
        "Het consultatiebureau biedt een extra huisbezoek aan over het slapen van {baby}. "
        "{Ouderrol} staat daarvoor open.",
        "De jeugdverpleegkundige heeft {kind} gezien bij het periodiek onderzoek. De groei is in "
        "orde; wel is een vervolgafspraak gemaakt over het slapen.",
    ),
    OrganisationKind.GP: parse_templates(
        "Besproken hoe het met {ouder} gaat. Met toestemming gedeeld wat ik thuis zie; de "
        "huisarts neemt dat mee in de vervolgafspraak.",
        "De huisarts herkent de vermoeidheid van {ouder} en laat bloed prikken om lichamelijke "
        "oorzaken uit te sluiten.",
        "Besproken welke hulp het beste past. De huisarts ziet meer in laagdrempelige steun in de "
        "wijk dan in een verwijzing naar de specialistische ggz.",
    ),
    OrganisationKind.DEBT_SUPPORT: parse_templates(
        "De schuldenlijst is bijna compleet; er ontbreekt nog een overzicht van de "
        "zorgverzekeraar.",
        "De schuldhulpverlener stelt budgetbeheer voor, zodat de vaste lasten altijd eerst worden "
        "betaald. {Ouderrol} wil daar nog over nadenken; het voelt als ‘de regie kwijtraken’.",
        "Afgestemd wie wat doet: de schuldhulp regelt het contact met de schuldeisers, ik help "
        "{ouderrol} thuis met het ordenen van de post en het budgetplan.",
    ),
    None: parse_templates(
        "Het beeld van het gezin komt overeen: er is veel liefde en inzet, en tegelijk veel druk "
        "op {ouder}.",
        "Afgestemd wie wat doet, zodat {ouderrol} niet door verschillende hulpverleners met "
        "dezelfde vragen wordt belast. Ik blijf het eerste aanspreekpunt.",
        "Besproken of een gezamenlijk gesprek met het gezin zinvol is. Eerst met {ouderrol} "
        "overleggen; {ouder_hij} beslist of en wanneer.",
        "De doelen van het gezinsplan naast elkaar gelegd. {Org} werkt aan hetzelfde doel vanuit "
        "een andere kant; dat versterkt elkaar.",
        "[L] {Org_functie} merkt dat {ouderrol} afspraken beter nakomt dan in het begin. Dat "
        "geven we allebei terug aan {ouder}.",
    ),
}

CLOSE_HOME = parse_templates(
    "Volgende afspraak over twee weken, weer thuis.",
    "Afgesproken dat {ouderrol} de komende week bijhoudt wat goed gaat. Volgende keer kijken we "
    "daar samen naar.",
    "Aan het eind gevraagd wat {ouderrol} aan het bezoek had. Antwoord: ‘Dat ik het even hardop "
    "kon zeggen.’",
    "[L] Compliment gegeven voor de openheid van vandaag. {Ouderrol} gaf aan dat praten "
    "makkelijker gaat dan in het begin.",
    "Wat goed ging: {ouderrol} kwam zelf met oplossingen. De afspraken staan in het gezinsplan.",
    "Het gezinsplan bijgewerkt en samen nog even doorgelezen.",
    "[F] Uitgelegd hoe ik met privacy omga en wat ik wel en niet deel. {Ouderrol} heeft "
    "toestemming gegeven om contact op te nemen met {org}.",
    "[F] Afgesproken om over een week terug te komen en dan samen het ecogram te maken.",
    "[L] De schaalvraag aan het eind: {ouderrol} geeft de situatie nu een {schaal}.",
    "[L] Samen teruggekeken op de afgelopen periode. {Ouderrol} ziet zelf dat er stappen zijn "
    "gezet; dat is benoemd.",
    "Volgende afspraak na de schoolvakantie; tot die tijd kan {ouderrol} bellen als er iets is.",
)

CLOSE_PHONE = parse_templates(
    "Het volgende huisbezoek staat over twee weken.",
    "Afgesproken dat {ouder} belt als er iets verandert.",
    "[F] Afspraak gemaakt voor een eerste huisbezoek volgende week.",
    "Kort samengevat wat we hebben afgesproken; {ouder} stuurt nog een appje met de datum van "
    "de afspraak bij {org}.",
)

CLOSE_STREET = parse_templates(
    "Afgesproken het gesprek voort te zetten bij het volgende huisbezoek.",
    "{Ouder} gaat er nog over nadenken en belt me deze week.",
    "Kort contact, maar goed om elkaar ook buiten de deur te zien.",
)

CLOSE_GROUP = parse_templates(
    "Volgende bijeenkomst over twee weken. {Ouder} wil weer komen.",
    "Na afloop hielp {ouder} met opruimen. {Ouder_hij} heeft zich opgegeven voor de volgende keer.",
    "{Ouder} gaf aan dat de groep {ouder_hem} goed doet; ‘je bent niet de enige’.",
)

CLOSE_PARTNER = parse_templates(
    "Terugkoppeling aan {ouderrol} volgt bij het volgende huisbezoek.",
    "Afgesproken over zes weken opnieuw af te stemmen.",
    "{Ouderrol} krijgt een kort verslag van dit overleg.",
    "Ik bel {ouder} vandaag nog om te vertellen wat er is besproken.",
)

GROUPS: dict[Theme | None, tuple[str, ...]] = {
    None: ("de koffieochtend voor ouders", "het opvoedcafé", "de wandelgroep in de wijk"),
    Theme.MONEY: ("het geldcafé",),
    Theme.INFORMAL_CARE: ("het mantelzorgcafé",),
    Theme.LONELINESS: ("de koffieochtend voor ouders", "de kookclub Gezond en Goedkoop"),
    Theme.OVERWEIGHT: ("de kookclub Gezond en Goedkoop",),
    Theme.LANGUAGE_DELAY: ("de voorleesochtend",),
    Theme.PARENTING: ("het opvoedcafé",),
    Theme.WORK_INCOME: ("het werkcafé",),
    Theme.DIVORCE: ("de oudergroep Samen Verder",),
}
GROUP_TOPICS: dict[Theme | None, tuple[str, ...]] = {
    None: (
        "grenzen stellen",
        "zorgen voor jezelf",
        "omgaan met boosheid",
        "schermtijd",
        "slapen en bedtijd",
    ),
    Theme.MONEY: ("rondkomen met een klein budget", "post en administratie"),
    Theme.INFORMAL_CARE: ("hulp vragen aan familie",),
    Theme.LANGUAGE_DELAY: ("voorlezen in je eigen taal",),
    Theme.DIVORCE: ("kinderen en scheiding",),
    Theme.OVERWEIGHT: ("gezond eten voor weinig geld",),
}
