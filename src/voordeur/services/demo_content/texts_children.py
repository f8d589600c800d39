"""Theme texts about a child: overweight, language delay, truancy and development."""

from __future__ import annotations

from voordeur.model.catalogues import AgreementOwnerKind, Theme
from voordeur.services.demo_content.templating import ThemeText, parse_agreements, parse_templates

# Who carries out an agreement, by initial: member, network, organisation or worker.
_M = AgreementOwnerKind.MEMBER
_N = AgreementOwnerKind.NETWORK
_O = AgreementOwnerKind.ORGANISATION
_W = AgreementOwnerKind.WORKER


CHILD_THEMES: dict[Theme, ThemeText] = {
    Theme.OVERWEIGHT: ThemeText(
        requests=parse_templates(
            "De jeugdarts zegt dat {leerling} te zwaar is. Ik wil gezonder koken, maar ik weet "
            "niet goed hoe ik dat doe met weinig geld.",
            "{Leerling} wordt gepest omdat {leerling_hij} zwaarder is dan de andere kinderen. Ik "
            "wil dat {leerling_hij} weer lekker in {leerling_zijn} vel zit.",
            "Bij ons is er altijd ruzie over snoep en frisdrank. Ik wil dat we als gezin "
            "gezonder leven zonder dat het steeds strijd is.",
        ),
        extras=parse_templates(
            "Ook zou ik willen dat {leerling} een sport vindt die {leerling_hij} leuk vindt.",
            "En ik wil leren hoe ik gezond kook voor weinig geld.",
        ),
        goals=parse_templates(
            "{Leerling} sport twee keer per week",
            "We eten vijf dagen per week samen aan tafel",
            "Er staat water op tafel in plaats van frisdrank",
            "{Leerling} neemt elke dag fruit mee voor de pauze",
            "{Leerling} voelt zich fijn in {leerling_zijn} lijf",
        ),
        notes=parse_templates(
            "Gesproken over eten en bewegen. {Ouderrol} vertelt dat er ’s avonds veel gesnoept "
            "wordt voor de tv. Samen gekeken naar kleine stappen in plaats van alles tegelijk.",
            "[H] {Leerling} vertelde enthousiast over de gymles en zou graag op een sport willen, "
            "maar de contributie is een drempel. Het Jeugdfonds Sport & Cultuur besproken.",
            "[L] {Ouderrol} heeft deze week drie keer samen met {leerling} gekookt, en is trots "
            "op de groentesoep die ze samen hebben gemaakt.",
            "Het gaat {ouderrol} niet om het getal op de weegschaal, maar om het zelfvertrouwen "
            "van {leerling}. Afgesproken de focus op plezier in bewegen te houden.",
            "De diëtist heeft een eetdagboek meegegeven. {Ouderrol} vindt het lastig om bij te "
            "houden en wil liever een weekmenu maken; dat lijkt een goed alternatief.",
            "[H] In de koelkast stonden kannen water met stukjes fruit. {Ouderrol} vertelt dat "
            "{kinderen} het ‘een beetje raar’ vinden, maar het wel opdrinken.",
            "[L] {Leerling} is twee keer mee geweest naar de proeftraining. {Leerling_hij} vond "
            "het spannend, maar wil volgende week weer.",
        ),
        strengths=parse_templates(
            "{Ouderrol} kookt graag en wil dat samen met {leerling} doen",
            "{Leerling} is sportief en wil graag op een club",
        ),
        concerns=parse_templates(
            "{Leerling} heeft volgens de jeugdarts een BMI boven de gezonde grens",
            "{Leerling} voelt zich buitengesloten bij gym en in de pauze",
            "Weinig beweging door de week; {leerling} zit veel binnen achter een scherm",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} meldt {leerling} aan voor een proeftraining bij de sportclub", _M),
            ("Buurtwerker vraagt een bijdrage aan bij het Jeugdfonds Sport & Cultuur", _W),
            ("Jeugdverpleegkundige plant een vervolgafspraak over gewicht en groei", _O),
            ("Een familielid gaat op zaterdag samen met {leerling} zwemmen", _N),
            ("{Ouderrol} maakt met {leerling} een weekmenu voor de boodschappen", _M),
        ),
    ),
    Theme.LANGUAGE_DELAY: ThemeText(
        requests=parse_templates(
            "[+thuistaal] Het consultatiebureau zegt dat {klein} te weinig woorden zegt. Ik wil "
            "{klein_hem} goed helpen met praten, in het Nederlands en in het {thuistaal}.",
            "[+thuistaal] Ik spreek zelf niet zo goed Nederlands. Ik wil dat {klein} goed "
            "Nederlands leert voordat {klein_hij} naar groep 3 gaat.",
            "{Klein} wordt snel boos omdat anderen {klein_hem} niet begrijpen. Ik wil weten hoe "
            "ik {klein_hem} kan helpen.",
            "Het consultatiebureau zegt dat {klein} achterloopt met praten. Ik wil weten wat ik "
            "thuis kan doen om {klein_hem} te helpen.",
        ),
        extras=parse_templates(
            "[+thuistaal] Ook wil ik zelf beter Nederlands leren, zodat ik met de juf kan praten.",
            "En ik wil weten of {peuter} naar de peuteropvang kan.",
        ),
        goals=parse_templates(
            "We lezen elke avond samen een prentenboek",
            "{Peuter} gaat twee ochtenden per week naar de peuteropvang",
            "{Klein} kent de woorden die {klein_hij} nodig heeft in de klas",
            "Ik durf op het consultatiebureau zelf mijn vragen te stellen",
            "{Klein} kan zeggen wat {klein_hij} wil, zonder boos te worden",
        ),
        notes=parse_templates(
            "[H+thuistaal] Samen met {klein} een prentenboek gelezen. {Ouderrol} las voor in het "
            "{thuistaal}; {klein} wees de plaatjes aan en benoemde er een paar in het Nederlands.",
            "[H] Samen met {klein} een prentenboek gelezen. {Klein} wees de plaatjes aan en "
            "benoemde er een paar zelf; {ouderrol} herhaalde de woorden rustig.",
            "[+thuistaal] Uitgelegd dat het goed is om thuis {thuistaal} te blijven spreken: een "
            "sterke moedertaal helpt juist bij het leren van het Nederlands. {Ouderrol} was "
            "opgelucht.",
            "[L] {Peuter} gaat sinds kort naar de peuteropvang. De pedagogisch medewerker ziet dat "
            "{peuter_hij} in de kring steeds meer durft te zeggen.",
            "De logopedist heeft oefeningen meegegeven. {Ouderrol} doet ze tijdens het "
            "tandenpoetsen en in bad, zodat het een spelletje blijft.",
            "Een bibliotheekpas voor {klein} besproken; kinderen zijn gratis lid. {Ouderrol} wil "
            "op woensdag met {klein} naar de voorleesochtend.",
            "[H] Tijdens het bezoek zei {klein} spontaan ‘bal’ en ‘weg’. Volgens {ouderrol} zijn "
            "dat nieuwe woorden van deze week.",
            "Besproken hoe {ouderrol} meer kan praten tijdens gewone dingen: benoemen wat je doet "
            "bij het aankleden, koken en boodschappen doen. {Ouderrol} gaat het proberen.",
        ),
        strengths=parse_templates(
            "{Ouderrol} leest elke dag voor aan {klein}",
            "{Klein} is nieuwsgierig en speelt graag met andere kinderen",
            "[+thuistaal] {Klein} groeit op met twee talen",
        ),
        concerns=parse_templates(
            "[+thuistaal] {Klein} gebruikt weinig woorden voor {klein_zijn} leeftijd, in beide "
            "talen",
            "{Klein} gebruikt weinig woorden voor {klein_zijn} leeftijd",
            "Bij {klein} is nog geen gehoortest gedaan",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} leest elke avond tien minuten voor uit een prentenboek", _M),
            ("Consultatiebureau verwijst {klein} door voor een gehoortest", _O),
            ("Buurtwerker regelt een bibliotheekpas en een BoekStart-koffertje", _W),
            ("Buurtwerker vraagt bij de peuteropvang naar een VVE-plek voor {peuter}", _W),
            ("Een familielid leest op zaterdag voor aan {klein}", _N),
        ),
    ),
    Theme.TRUANCY: ThemeText(
        requests=parse_templates(
            "{Leerling} wil ’s ochtends niet naar school en ik krijg {leerling_hem} "
            "{leerling_zijn} bed niet uit. Ik wil dat {leerling} weer elke dag gaat.",
            "De leerplichtambtenaar heeft gebeld. Ik wil dat {leerling} weer gewoon naar school "
            "gaat, maar ik weet niet meer wat ik moet doen.",
            "{Leerling} zegt dat {leerling_hij} buikpijn heeft als {leerling_hij} naar school "
            "moet. Ik wil weten wat er echt aan de hand is.",
        ),
        extras=parse_templates(
            "Ook wil ik beter contact met school.",
            "En ik wil dat de ochtenden thuis rustiger beginnen.",
        ),
        goals=parse_templates(
            "{Leerling} gaat elke dag naar school",
            "{Leerling} is om half negen in de klas",
            "{Leerling} heeft op school iemand bij wie {leerling_hij} terechtkan",
            "{Tiener} gaat door de week voor elf uur slapen",
        ),
        notes=parse_templates(
            "{Ouderrol} vertelt dat {leerling} deze week twee ochtenden thuis is gebleven. "
            "Volgens {leerling} is er ‘gedoe’ met een paar klasgenoten; meer wil "
            "{leerling_hij} er nog niet over zeggen.",
            "[H] Kort met {tiener} zelf gesproken. {Tiener_hij} zegt dat het niet aan school "
            "ligt maar aan het slapen: {tiener_hij} ligt vaak tot laat wakker met de telefoon.",
            "Met toestemming van {ouderrol} contact gehad met {school_contact}. School ziet "
            "{leerling} graag terug en denkt mee over een aangepast rooster voor de eerste weken.",
            "Het ochtendritme besproken: wie staat wanneer op, wie maakt het ontbijt. {Ouderrol} "
            "legt de wekker van {leerling} voortaan op de gang, zodat {leerling_hij} er echt uit "
            "moet.",
            "[L] {Leerling} is deze week elke dag naar school geweest. Samen met {ouderrol} "
            "stilgestaan bij wat daarbij hielp.",
            "[L] {Leerling} gaat sinds deze week weer hele dagen naar school. De ochtenden zijn "
            "nog spannend, maar het lukt.",
            "Het gesprek bij de leerplichtambtenaar is gepland. {Ouderrol} ziet ertegen op; "
            "uitgelegd dat het gesprek bedoeld is om samen een oplossing te vinden.",
        ),
        strengths=parse_templates(
            "{Leerling} is open over wat {leerling_hij} lastig vindt",
            "{Ouderrol} blijft in gesprek met school, ook als dat moeilijk is",
        ),
        concerns=parse_templates(
            "{Leerling} heeft dit schooljaar {verzuim_uren} uur ongeoorloofd verzuim",
            "Leerplicht is betrokken bij {leerling}",
            "{Tiener} slaapt door de week vaak pas na middernacht",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} brengt {leerling} de komende twee weken zelf naar school", _M),
            ("School belt {ouderrol} voor negen uur als {leerling} er niet is", _O),
            ("Buurtwerker sluit aan bij het gesprek met de leerplichtambtenaar", _W),
            ("{Tiener} legt de telefoon om tien uur ’s avonds in de keuken", _M),
            ("Een familielid fietst twee ochtenden per week met {leerling} mee naar school", _N),
        ),
    ),
    Theme.CHILD_DEVELOPMENT: ThemeText(
        requests=parse_templates(
            "[~peuter] {Peuter} loopt achter met lopen en praten. Ik wil weten of dat normaal is "
            "en wat ik kan doen.",
            "[~schoolkind] De juf zegt dat {schoolkind} moeite heeft om stil te zitten en zich te "
            "concentreren. Ik wil weten hoe ik {schoolkind_hem} thuis kan helpen.",
            "[~baby] {Baby} huilt veel en slaapt slecht. Ik wil weten hoe ik {baby_hem} rustiger "
            "krijg.",
        ),
        extras=parse_templates(
            "[~peuter] Ook wil ik weten wat ik kan verwachten voor de leeftijd van {peuter}.",
            "[~schoolkind] En ik wil dat school en ik hetzelfde doen.",
            "[~baby] En ik wil zelf weer wat meer slapen.",
        ),
        goals=parse_templates(
            "[~peuter] {Peuter} speelt elke dag een halfuur buiten",
            "[~peuter] Ik weet wat past bij de leeftijd van {peuter}",
            "[~schoolkind] {Schoolkind} kan zich thuis twintig minuten concentreren op een taak",
            "[~schoolkind] School en ik pakken het samen op dezelfde manier aan",
            "[~baby] {Baby} heeft een vast slaapritme",
            "[~baby] Ik voel me rustiger als {baby} huilt",
        ),
        notes=parse_templates(
            "[H~baby] {Baby} lag op een kleed op de grond en rolde voor het eerst zelf om terwijl "
            "we zaten te praten. {Ouderrol} straalde.",
            "[~baby] Besproken wat {ouderrol} doet als {baby} blijft huilen. Het helpt om "
            "{baby_hem} in te bakeren en de kamer donker te maken; soms lukt niets, en dat is "
            "ook normaal.",
            "[~peuter] Gesproken over de ontwikkeling van {peuter}. Het consultatiebureau ziet een "
            "kleine achterstand in de motoriek; {ouderrol} wil meer buitenspelen.",
            "[H~peuter] {Peuter} speelde met blokken en bouwde een hoge toren. {Ouderrol} "
            "moedigde {peuter_hem} aan zonder het over te nemen; dat teruggegeven als compliment.",
            "[~peuter] {Ouderrol} vraagt zich af of {peuter} niet te lang een speen heeft. "
            "Informatie gegeven en gezegd dat {ouder_hij} het tempo zelf mag bepalen.",
            "[H~schoolkind] {Schoolkind} was bezig met een bouwwerk van blokken en kon daar lang "
            "geconcentreerd mee bezig zijn. Teruggegeven aan {ouderrol}: dit is een mooie kracht.",
            "[~schoolkind] Het onderzoek bij de kinderarts is over zes weken. {Ouderrol} houdt "
            "tot die tijd een dagboekje bij van opvallende momenten.",
        ),
        strengths=parse_templates(
            "{Ouderrol} kent {de_kinderen} goed en ziet kleine veranderingen op tijd",
            "[~baby] {Baby} groeit goed",
            "[~schoolkind] {Schoolkind} kan zich lang concentreren op iets wat {schoolkind_hij} "
            "leuk vindt",
        ),
        concerns=parse_templates(
            "[~peuter] Mogelijke achterstand in de motorische ontwikkeling van {peuter}",
            "[~schoolkind] {Schoolkind} heeft op school moeite met concentratie",
            "[~baby] {Baby} huilt veel; {ouderrol} is daardoor erg moe",
        ),
        agreements=parse_agreements(
            ("[~peuter] Consultatiebureau plant een extra afspraak voor {peuter}", _O),
            ("[~peuter] {Ouderrol} gaat drie keer per week met {peuter} naar de speeltuin", _M),
            ("[~peuter] Buurtwerker zoekt een peutergymgroep in de wijk", _W),
            ("[~peuter] Familie komt op woensdagmiddag buiten spelen met {peuter}", _N),
            ("[~schoolkind] School en {ouderrol} maken samen een plan voor {schoolkind}", _O),
            ("[~schoolkind] {Ouderrol} zet een kookwekker bij het huiswerk van {schoolkind}", _M),
            ("[~baby] Consultatiebureau komt op huisbezoek over huilen en slapen", _O),
            (
                "[~baby] Een familielid past twee ochtenden per week op {baby}, zodat {ouder} kan "
                "bijslapen",
                _N,
            ),
        ),
    ),
}
