"""Theme texts about the family itself: divorce, parenting, domestic violence, informal care."""

from __future__ import annotations

from voordeur.model.catalogues import AgreementOwnerKind, Theme
from voordeur.services.demo_content.templating import ThemeText, parse_agreements, parse_templates

# Who carries out an agreement, by initial: member, network, organisation or worker.
_M = AgreementOwnerKind.MEMBER
_N = AgreementOwnerKind.NETWORK
_O = AgreementOwnerKind.ORGANISATION
_W = AgreementOwnerKind.WORKER


FAMILY_THEMES: dict[Theme, ThemeText] = {
    Theme.DIVORCE: ThemeText(
        requests=parse_templates(
            "Sinds {ex} en ik uit elkaar zijn, is het thuis onrustig. Ik wil dat {kind} zich "
            "weer veilig voelt, bij mij én bij {kind_zijn} {exrol}.",
            "{Ex} en ik praten alleen nog via de app, en dan gaat het vaak mis. Ik wil goede "
            "afspraken over de omgang, zodat het rustig blijft voor {de_kinderen}.",
            "Ik wil dat de overdracht op vrijdag zonder ruzie gaat. {Kind} ziet er de hele week "
            "tegen op.",
            "Ik merk dat {kind} boos is sinds de scheiding. Ik wil leren hoe ik daarmee omga "
            "zonder zelf boos te worden.",
        ),
        extras=parse_templates(
            "Ook wil ik dat {ex} en ik weer normaal met elkaar kunnen praten.",
            "En ik wil graag vaste afspraken over de vakanties.",
        ),
        goals=parse_templates(
            "De overdracht bij {ex} gaat zonder ruzie",
            "{Ex} en ik hebben een ouderschapsplan waar we ons allebei aan houden",
            "{Ex} en ik praten over {de_kinderen} zonder ruzie",
            "{Kind} durft te vertellen hoe het bij {kind_zijn} {exrol} was",
            "Ik heb weer rust in mijn hoofd na de scheiding",
        ),
        notes=parse_templates(
            "{Ouderrol} vertelt dat de omgang met {ex} wisselend verloopt. De ene week gaat de "
            "overdracht rustig, de andere week loopt het op in de deuropening.",
            "Besproken hoe {kind} de scheiding beleeft. {Ouderrol} merkt dat {kind} na een "
            "weekend bij {kind_zijn} {exrol} vaak stil is en vroeg naar bed wil.",
            "{Ouderrol} let er bewust op om niet negatief over {ex} te praten in het bijzijn van "
            "{de_kinderen}. Dat benoemd als een sterk punt.",
            "Het ouderschapsplan ligt nog bij de mediator. {Ouderrol} vindt het lastig dat er nog "
            "geen vaste afspraken zijn over de vakanties.",
            "[H] We hebben samen opgeschreven wat goed gaat in de omgang en wat lastig is. Het "
            "lijstje ‘goed’ was langer dan {ouderrol} had verwacht.",
            "[L] {Ouderrol} heeft met {ex} afgesproken om voortaan via een gedeelde agenda te "
            "plannen in plaats van via losse appjes. Dat scheelt misverstanden.",
            "[L+school] De overdracht gebeurt sinds kort bij school in plaats van aan de deur. "
            "Volgens {ouderrol} is {kind} daardoor rustiger op vrijdag.",
        ),
        strengths=parse_templates(
            "{Ouderrol} praat niet negatief over {ex} in het bijzijn van {de_kinderen}",
            "{Ouderrol} zet de belangen van {de_kinderen} voorop",
        ),
        concerns=parse_templates(
            "Spanningen tussen {ouder} en {ex} rond de overdracht; {kind} is daar soms bij",
            "Nog geen vastgelegd ouderschapsplan",
            "{Kind} laat sinds de scheiding meer boosheid zien",
        ),
        agreements=parse_agreements(
            (
                "{Ouderrol} stelt {ex} voor om de overdracht voortaan op een neutrale plek te doen",
                _M,
            ),
            ("Buurtwerker informeert naar een KIES-groep voor {schoolkind}", _W),
            ("Buurtwerker zoekt uit hoe mediation vergoed kan worden", _W),
            ("Mediator plant een gesprek met {ouder} en {ex} samen", _O),
            ("Een vertrouwd familielid is aanwezig bij de overdracht op vrijdag", _N),
        ),
    ),
    Theme.PARENTING: ThemeText(
        requests=parse_templates(
            "Ik wil dat er thuis minder ruzie is over de telefoon van {tiener}.",
            "{Kind} luistert niet meer naar mij en ik word snel boos. Ik wil rustiger blijven en "
            "duidelijke regels maken.",
            "Het naar bed gaan duurt elke avond twee uur. Ik wil dat de avonden rustiger "
            "worden, voor {de_kinderen} en voor mij.",
            "Ik twijfel vaak of ik het goed doe als {ouderrol}. Ik wil iemand om mee te praten "
            "over de opvoeding.",
            "{Kind} en {kind2} maken de hele dag ruzie. Ik wil dat ze beter met elkaar omgaan.",
        ),
        extras=parse_templates(
            "Ook wil ik weer meer leuke dingen doen met {de_kinderen}.",
            "En ik wil leren hoe ik grenzen stel zonder te schreeuwen.",
        ),
        goals=parse_templates(
            "Er zijn drie huisregels die iedereen kent",
            "Het avondritme is rustig en voorspelbaar",
            "Ik blijf rustig als {kind} boos wordt",
            "We doen elke week iets leuks samen",
            "{Tiener} houdt zich aan de afspraken over de telefoon",
            "{Kind} en {kind2} kunnen een halfuur samen spelen zonder ruzie",
        ),
        notes=parse_templates(
            "{Ouderrol} vertelt eerlijk dat {ouder_hij} de laatste weken vaak uitvalt tegen "
            "{kind}. Besproken wat er gebeurt vlak voordat het misgaat: vaak rond het eten, als "
            "iedereen moe is.",
            "[H] Samen met {schoolkind} een stickerkaart gemaakt. {Schoolkind_hij} mocht de kaart "
            "zelf versieren en koos meteen een beloning: samen pannenkoeken bakken.",
            "{Ouderrol} en {partnerrol} reageren verschillend op het gedrag van {kind}. Besproken "
            "hoe ze één lijn kunnen trekken zonder elkaar af te vallen.",
            "[H] Mooi moment gezien: {kind} kwam huilend binnen en {ouderrol} ging rustig naast "
            "{kind_hem} zitten en vroeg wat er was. Dit teruggegeven als compliment.",
            "[L] De afspraken over schermtijd hangen nu op de koelkast. {Tiener} vindt ze "
            "‘streng maar eerlijk’.",
            "[L] {Ouderrol} heeft de time-in uitgeprobeerd: even samen afkoelen in plaats van "
            "straf. Twee keer ging het goed, één keer niet; dat is een mooi begin.",
            "[H] {Ouderrol} vertelt dat {kind} en {kind2} vooral ruzie maken als ze zich "
            "vervelen. Samen een lijstje gemaakt met dingen die ze zonder scherm kunnen doen.",
            "Gesproken over de bedtijd. {Ouderrol} merkt dat het rustiger gaat als de tv een uur "
            "voor het slapen uit is; dat wil {ouder_hij} vaker proberen.",
        ),
        strengths=parse_templates(
            "{Ouderrol} is eerlijk over wat niet goed gaat en wil leren",
            "Warme band tussen {ouderrol} en {kind}",
        ),
        concerns=parse_templates(
            "{Ouderrol} voelt zich vaak machteloos bij de boze buien van {kind}",
            "Veel ruzie tussen {kind} en {kind2}",
            "Weinig vaste structuur in de ochtend en de avond",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} probeert een week lang de time-in als alternatief voor straf", _M),
            ("Buurtwerker meldt {ouderrol} aan voor de opvoedcursus in het Huis van de Wijk", _W),
            ("{Ouderrol} maakt samen met {de_kinderen} drie huisregels en hangt die op", _M),
            ("Jeugdverpleegkundige geeft tips over slapen en neemt een folder mee", _O),
            (
                "Een vriendin van {ouder} past één avond per week op, zodat {ouder} tijd voor "
                "zichzelf heeft",
                _N,
            ),
        ),
    ),
    Theme.DOMESTIC_VIOLENCE: ThemeText(
        requests=parse_templates(
            "[~ex] Ik wil dat mijn kinderen en ik ons veilig voelen, ook nu {ex} weer contact "
            "zoekt.",
            "[~partner] Bij ons loopt ruzie soms uit de hand. {Partner} en ik willen leren ruzie "
            "maken zonder dat het eng wordt voor {de_kinderen}.",
            "Ik wil rust in huis. Niemand hoeft thuis nog bang te zijn.",
        ),
        extras=parse_templates(
            "Ook wil ik weten wat ik kan doen als het weer misgaat.",
        ),
        goals=parse_templates(
            "Er is een veiligheidsplan dat we allemaal kennen",
            "[~partner] Iedereen in huis weet wat te doen als een ruzie oploopt",
            "[~partner] Ruzies lopen niet meer uit de hand",
            "Ik voel me veilig in mijn eigen huis",
            "[~ex] {Ex} houdt zich aan de afspraken over contact",
        ),
        notes=parse_templates(
            "Veiligheid besproken. {Ouderrol} geeft aan dat er de afgelopen weken geen "
            "incidenten zijn geweest. Het veiligheidsplan ligt binnen handbereik.",
            "[~ex] {Ouderrol} vertelt dat {ex} afgelopen week een paar keer onaangekondigd aan "
            "de deur stond. Samen doorgenomen wat {ouder_hij} dan doet en wie {ouder_hij} kan "
            "bellen.",
            "Met toestemming van {ouderrol} advies gevraagd bij Veilig Thuis. Advies: het "
            "veiligheidsplan samen met het gezin aanscherpen.",
            "[L~partner] {Ouderrol} en {partnerrol} hebben een time-out-afspraak gemaakt: wie "
            "merkt dat het oploopt, gaat even naar buiten. Het heeft deze week twee keer gewerkt.",
            "[L~ex] De omgangsregeling is nu via de rechter vastgelegd. {Ouderrol} merkt dat de "
            "duidelijkheid rust geeft.",
            "[~partner] {Ouderrol} en {partnerrol} willen allebei dat het anders gaat. Besproken "
            "wat ze van elkaar nodig hebben als de spanning oploopt.",
        ),
        strengths=parse_templates(
            "{Ouderrol} neemt de veiligheid van {de_kinderen} serieus en zoekt zelf hulp",
        ),
        concerns=parse_templates(
            "Eerdere incidenten van huiselijk geweld; veiligheid wordt gevolgd",
            "[~ex] {Ex} houdt zich niet aan de afspraak om niet onaangekondigd langs te komen",
            "[~partner] {Kinderen} zijn getuige geweest van hevige ruzies",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} deelt het veiligheidsplan met een vertrouwd iemand", _M),
            ("Buurtwerker overlegt met toestemming met Veilig Thuis", _W),
            ("Veilig Thuis geeft advies over het veiligheidsplan", _O),
            ("Een vertrouwd familielid is bereikbaar als {ouder} zich onveilig voelt", _N),
        ),
    ),
    Theme.INFORMAL_CARE: ThemeText(
        requests=parse_templates(
            "Ik zorg elke dag voor mijn {zorgrol} en daarnaast voor {de_kinderen}. Ik wil af en "
            "toe tijd voor mezelf.",
            "De zorg voor mijn {zorgrol} wordt me te veel. Ik wil dat de familie meer helpt en "
            "dat ik weet welke hulp er is.",
            "Ik ben altijd moe. Ik wil de zorg voor mijn {zorgrol} volhouden en toch genoeg tijd "
            "hebben voor {de_kinderen}.",
        ),
        extras=parse_templates(
            "Ook wil ik weten welke hulp er is voor mijn {zorgrol}.",
            "En ik wil een middag per week voor mezelf.",
        ),
        goals=parse_templates(
            "Ik heb één middag per week voor mezelf",
            "De zorg voor mijn {zorgrol} is eerlijk verdeeld in de familie",
            "Iemand neemt de zorg één dagdeel per week van mij over",
        ),
        notes=parse_templates(
            "{Ouderrol} zorgt dagelijks voor {ouder_zijn} {zorgrol}. Het valt op hoeveel "
            "{ouder_hij} regelt zonder het zwaar te noemen. Benoemd dat dit mantelzorg is en dat "
            "daar steun voor bestaat.",
            "[H] Samen een zorgrooster gemaakt: wie uit de familie kan op welke dag iets "
            "overnemen? Er bleek meer mogelijk dan {ouderrol} dacht.",
            "{Ouderrol} is moe; de nachten zijn onrustig door de zorg voor {ouder_zijn} "
            "{zorgrol}. Gesproken over logeeropvang en dagbesteding.",
            "[L] Het steunpunt mantelzorg heeft gebeld. {Ouderrol} krijgt een "
            "mantelzorgmakelaar die helpt met de aanvragen.",
            "[L] De wijkverpleging komt nu ’s ochtends voor de zorg van {ouder_zijn} {zorgrol}. "
            "{Ouderrol} merkt dat de ochtenden rustiger verlopen.",
            "Gesproken over wat {ouderrol} zelf nodig heeft om de zorg vol te houden. Het "
            "antwoord kwam na een stilte: ‘Eén avond per week niets hoeven.’",
        ),
        strengths=parse_templates(
            "{Ouderrol} zorgt met veel liefde voor {ouder_zijn} {zorgrol}",
            "De familie is betrokken en wil meedenken",
        ),
        concerns=parse_templates(
            "{Ouderrol} draagt veel zorg alleen en loopt het risico overbelast te raken",
            "Weinig tijd en aandacht over voor {de_kinderen}",
        ),
        agreements=parse_agreements(
            ("{Ouderrol} meldt zich aan bij het steunpunt mantelzorg", _M),
            (
                "Buurtwerker vraagt na of er dagbesteding mogelijk is voor de {zorgrol} van "
                "{ouder}",
                _W,
            ),
            ("Familie neemt op zaterdag de zorg een dagdeel over", _N),
            ("Steunpunt mantelzorg neemt contact op voor een kennismaking", _O),
        ),
    ),
}
