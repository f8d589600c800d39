<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="233"/>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="234"/>
        <source>Zo weet Voordeur wie er werkt.</source>
        <translation>So Voordeur knows who is working.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="236"/>
        <source>Je naam komt in het logboek bij alles wat je opent en wijzigt, en op de verslagen die je maakt.</source>
        <translation>Your name is recorded in the log with everything you open and change, and on the reports you make.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="238"/>
        <source>Je &amp;naam</source>
        <translation>Your na&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="239"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="240"/>
        <source>&amp;Wijk</source>
        <translation>Neighbour&amp;hood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="241"/>
        <source>bijvoorbeeld Sanne de Vries</source>
        <translation>for example Sanne de Vries</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="242"/>
        <source>bijvoorbeeld Sociaal wijkteam Zuid</source>
        <translation>for example Social neighbourhood team South</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="243"/>
        <source>bijvoorbeeld Zwolle-Zuid</source>
        <translation>for example Zwolle-Zuid</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="244"/>
        <source>Je naam is nodig; team en wijk mag je leeg laten en later aanvullen in Instellingen, onder Profiel.</source>
        <translation>Your name is needed; you may leave team and neighbourhood empty and fill them in later in Settings, under Profile.</translation>
    </message>
    <message>
        <source>Je naam is nodig; team en wijk mag je leeg laten en later aanvullen.</source>
        <translation type="vanished">Your name is required; you may leave team and neighbourhood empty and add them later.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="109"/>
        <source>Afspraak bewerken</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="110"/>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="115"/>
        <source>bijvoorbeeld: Moeder belt de school</source>
        <translation>for example: Mother calls the school</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="116"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="122"/>
        <source>Ik (medewerker)</source>
        <translation>Me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="130"/>
        <source>W&amp;ie</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="133"/>
        <source>&amp;Uiterlijk op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>d-M-yyyy</source>
        <translation type="vanished">d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="139"/>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="167"/>
        <source>Schrijf op wat er gedaan wordt.</source>
        <translation>Write down what will be done.</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="141"/>
        <source>Voordeur</source>
        <translation>Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="143"/>
        <source>Voordeur — demo (verzonnen gegevens)</source>
        <translation>Voordeur — demo (made-up data)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="145"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="146"/>
        <source>Concepten bewaren en Voordeur sluiten (Ctrl+Q)</source>
        <translation>Save drafts and close Voordeur (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="179"/>
        <source>Demo: de wachtwoordzin van deze demo-opslag is {passphrase}</source>
        <translation>Demo: the passphrase of this demo store is {passphrase}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/status_bar.py" line="58"/>
        <source>DEMO · verzonnen gegevens · {worker}</source>
        <translation>DEMO · made-up data · {worker}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/status_bar.py" line="62"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="404"/>
        <source>Aangemeld bij de teamserver. Synchroniseren begint.</source>
        <translation>Signed in to the team server. Syncing starts.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="443"/>
        <source>Deze laptop is afgemeld</source>
        <translation>This laptop has been signed out</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="446"/>
        <source>De beheerder van de teamserver heeft deze laptop afgemeld. Voordeur is vergrendeld en synchroniseert niet meer met je team. Je gegevens op deze laptop zijn niet gewist. Neem contact op met je beheerder.</source>
        <translation>The administrator of the team server has signed this laptop out. Voordeur is locked and no longer syncs with your team. Your data on this laptop has not been erased. Please contact your administrator.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="455"/>
        <source>De beheerder van de teamserver heeft deze laptop afgemeld en gevraagd de gegevens te wissen. Alle gegevens van Voordeur op deze laptop zijn nu gewist, ook wijzigingen die nog niet naar de teamserver waren gestuurd. Neem contact op met je beheerder.</source>
        <translation>The administrator of the team server has signed this laptop out and asked for its data to be erased. All Voordeur data on this laptop has now been erased, including changes that had not yet been sent to the team server. Please contact your administrator.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/main_window.py" line="462"/>
        <source>De beheerder van de teamserver heeft deze laptop afgemeld en gevraagd de gegevens te wissen, maar wissen lukte niet helemaal. Voordeur is vergrendeld. Neem direct contact op met je beheerder.</source>
        <translation>The administrator of the team server has signed this laptop out and asked for its data to be erased, but erasing did not fully succeed. Voordeur is locked. Please contact your administrator straight away.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="40"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="41"/>
        <source>Familie</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="42"/>
        <source>Vrienden</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="43"/>
        <source>Buren</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="44"/>
        <source>Kennissen</source>
        <translation>Acquaintances</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="45"/>
        <source>School/werk</source>
        <translation>School/work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="46"/>
        <source>Vrije tijd</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="47"/>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="99"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>JGZ / consultatiebureau</source>
        <translation type="vanished">Youth health care / baby clinic</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="107"/>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="101"/>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="109"/>
        <source>Jeugdhulp</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="111"/>
        <source>Sociaal wijkteam</source>
        <translation>Social neighbourhood team</translation>
    </message>
    <message>
        <source>Buurtwerk</source>
        <translation type="vanished">Community work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="115"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis (domestic abuse advice)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="116"/>
        <source>Schuldhulpverlening</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="118"/>
        <source>Sportclub</source>
        <translation>Sports club</translation>
    </message>
    <message>
        <source>Kerk / moskee</source>
        <translation type="vanished">Church / mosque</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="122"/>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="123"/>
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="124"/>
        <source>Woningcorporatie</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="125"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="126"/>
        <source>Leerplicht / RMC</source>
        <translation>School attendance officer / RMC</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="127"/>
        <source>Wijkagent / politie</source>
        <translation>Community police officer / police</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="128"/>
        <source>Bibliotheek / taalhuis</source>
        <translation>Library / language centre</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="129"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="202"/>
        <source>Praktisch</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="203"/>
        <source>Gezelschap</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="204"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="205"/>
        <source>Emotioneel</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="258"/>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="259"/>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="260"/>
        <source>Op straat / plein</source>
        <translation>On the street / square</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="261"/>
        <source>Gesprek op locatie</source>
        <translation>Talk on location</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="262"/>
        <source>Inloop / spreekuur</source>
        <translation>Drop-in / consultation hour</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="263"/>
        <source>Groepsbijeenkomst</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="264"/>
        <source>Overleg met partner</source>
        <translation>Meeting with a partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="321"/>
        <source>Doelen en scores</source>
        <translation>Goals and scores</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="322"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="323"/>
        <source>Verslagen van bezoeken</source>
        <translation>Visit reports</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="324"/>
        <source>Netwerk (ecogram)</source>
        <translation>Network (ecogram)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="325"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="348"/>
        <source>Echtscheiding</source>
        <translation>Divorce</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="349"/>
        <source>Overgewicht</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="350"/>
        <source>Taalachterstand</source>
        <translation>Language delay</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="351"/>
        <source>Schoolverzuim</source>
        <translation>School absence</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="352"/>
        <source>Opvoedvragen</source>
        <translation>Parenting questions</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="353"/>
        <source>Geldzorgen</source>
        <translation>Money worries</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="354"/>
        <source>Huisvesting</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="355"/>
        <source>Eenzaamheid</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="356"/>
        <source>Werk en inkomen</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="357"/>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="358"/>
        <source>Psychische gezondheid</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="359"/>
        <source>Verslaving</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="360"/>
        <source>Huiselijk geweld</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="361"/>
        <source>Mantelzorg</source>
        <translation>Informal care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="362"/>
        <source>Ontwikkeling van het kind</source>
        <translation>Child development</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="154"/>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="155"/>
        <source>Gewoon</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="156"/>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="168"/>
        <source>Steunend</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="169"/>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="170"/>
        <source>Stressvol</source>
        <translation>Stressful</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="171"/>
        <source>Verbroken</source>
        <translation>Cut off</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="185"/>
        <source>Geen steun</source>
        <translation>No support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="186"/>
        <source>Van de eerste naar de tweede</source>
        <translation>From the first to the second</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="187"/>
        <source>Van de tweede naar de eerste</source>
        <translation>From the second to the first</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="188"/>
        <source>Wederzijds</source>
        <translation>Mutual</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="217"/>
        <source>Getrouwd</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="218"/>
        <source>Samenwonend</source>
        <translation>Living together</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="219"/>
        <source>Uit elkaar</source>
        <translation>Separated</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="220"/>
        <source>Gescheiden</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="231"/>
        <source>Biologisch kind</source>
        <translation>Biological child</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="232"/>
        <source>Adoptiekind</source>
        <translation>Adopted child</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="233"/>
        <source>Pleegkind</source>
        <translation>Foster child</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="97"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="98"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="99"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="100"/>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="103"/>
        <source>bereikt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="104"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="305"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="106"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="271"/>
        <source>vervallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="100"/>
        <source>Kindcentrum / IKC</source>
        <translation>Child centre (IKC)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="102"/>
        <source>Peuteropvang / VVE</source>
        <translation>Toddler group / early education</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="103"/>
        <source>Kinderopvang met jeugdhulp</source>
        <translation>Childcare with youth care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="104"/>
        <source>JGZ / CJG</source>
        <translation>Youth health care (JGZ / CJG)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="105"/>
        <source>Consultatiebureau</source>
        <translation>Well-baby clinic (consultatiebureau)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="106"/>
        <source>Verloskundige / kraamzorg</source>
        <translation>Midwife / maternity care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="108"/>
        <source>Wijkverpleging</source>
        <translation>District nursing</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="110"/>
        <source>Jeugdbescherming</source>
        <translation>Child protection</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="112"/>
        <source>Maatschappelijk werk</source>
        <translation>Social work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="113"/>
        <source>Buurtwerk / Huis van de Wijk</source>
        <translation>Community work / community centre</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="114"/>
        <source>Jongerenwerk</source>
        <translation>Youth work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="117"/>
        <source>Voedselbank</source>
        <translation>Food bank</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="119"/>
        <source>Geloofsgemeenschap (kerk, moskee, …)</source>
        <translation>Faith community (church, mosque, …)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="120"/>
        <source>Zelforganisatie / bewonersgroep</source>
        <translation>Community organisation / residents&apos; group</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="121"/>
        <source>Vrijwilligersorganisatie</source>
        <translation>Volunteer organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="108"/>
        <source>vrouw</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="109"/>
        <source>man</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="110"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="111"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="112"/>
        <source>gezinslid</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="113"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="114"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/i18n.py" line="115"/>
        <source>medewerker</source>
        <translation>worker</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="55"/>
        <source>Dichtbij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="56"/>
        <source>Midden</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="57"/>
        <source>Verder weg</source>
        <translation>Further away</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="148"/>
        <source>Conflicten in notities</source>
        <translation>Conflicts in notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="164"/>
        <source>Jij en een collega (of je andere laptop) hebben hetzelfde stuk tekst veranderd voordat jullie hadden gesynchroniseerd. Er is niets overschreven: kies welke versie blijft, of maak er samen één tekst van.</source>
        <translation>You and a colleague (or your other laptop) changed the same piece of text before either of you had synced. Nothing was overwritten: choose which version stays, or combine them into one text.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="174"/>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="207"/>
        <source>Gemarkeerd (onderstreept): wat in de ene versie anders is dan in de andere.</source>
        <translation>Marked (underlined): what differs between the two versions.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="226"/>
        <source>&amp;Samen één tekst (pas aan wat dubbel staat):</source>
        <translation>Combined &amp;text (remove what appears twice):</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="231"/>
        <source>Samengevoegde tekst &amp;opslaan</source>
        <translation>&amp;Save the combined text</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="279"/>
        <source>De conflicten worden geladen…</source>
        <translation>Loading the conflicts…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="308"/>
        <source>Er zijn geen open conflicten meer. Alles is opgelost.</source>
        <translation>There are no open conflicts left. Everything is resolved.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="315"/>
        <source>Bezoek van {date}</source>
        <translation>Visit of {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="339"/>
        <source>Versie van je andere laptop</source>
        <translation>Version from your other laptop</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="349"/>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="363"/>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="390"/>
        <source>Jouw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="351"/>
        <source>Versie van {name}</source>
        <translation>{name}&apos;s version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="352"/>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="363"/>
        <source>Andere versie</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="365"/>
        <source>{household} — bezoek van {date} — {field}</source>
        <translation>{household} — visit of {date} — {field}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="393"/>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="396"/>
        <source>&amp;Mijn versie houden</source>
        <translation>Keep &amp;my version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="394"/>
        <source>{version} houden</source>
        <translation>Keep {version}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="397"/>
        <source>{version} &amp;houden</source>
        <translation>&amp;Keep {version}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="398"/>
        <source>De tekst links bewaren: {version}</source>
        <translation>Keep the text on the left: {version}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="400"/>
        <source>De tekst rechts bewaren: {version}</source>
        <translation>Keep the text on the right: {version}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="433"/>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/conflict_dialog.py" line="438"/>
        <source>Conflict opgelost.</source>
        <translation>Conflict resolved.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="122"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="142"/>
        <source>(niet vastgelegd)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="156"/>
        <source>Andere organisatie kiezen…</source>
        <translation>Choose another organisation…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="162"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="167"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="218"/>
        <source>Schrijf op waarvoor de gegevens gedeeld mogen worden.</source>
        <translation>Write down what the information may be shared for.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="224"/>
        <source>Vink minstens één partner aan met wie gedeeld mag worden.</source>
        <translation>Tick at least one partner to share with.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="229"/>
        <source>Vink minstens één onderwerp aan dat gedeeld mag worden.</source>
        <translation>Tick at least one topic that may be shared.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="165"/>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="234"/>
        <source>De datum van de toestemming ligt in de toekomst.</source>
        <translation>The date of the consent is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="241"/>
        <source>‘Geldig tot’ ligt vóór de datum waarop de toestemming is gegeven.</source>
        <translation>‘Valid until’ is before the date the consent was given.</translation>
    </message>
</context>
<context>
    <name>ConsentDialogForm</name>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="17"/>
        <source>Gegeven &amp;door</source>
        <translation>Given &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="26"/>
        <source>&amp;Doel van het delen</source>
        <translation>&amp;Purpose of sharing</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="33"/>
        <source>bijvoorbeeld: samenwerken aan het gezinsplan</source>
        <translation>for example: working together on the family plan</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="38"/>
        <source>&amp;Partners</source>
        <translation>Pa&amp;rtners</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="46"/>
        <source>Partners met wie gedeeld mag worden</source>
        <translation>Partners who may receive information</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="53"/>
        <source>Andere organisatie</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="64"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="73"/>
        <source>&amp;Wat mag gedeeld worden</source>
        <translation>&amp;What may be shared</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="82"/>
        <source>&amp;Bij naam noemen</source>
        <translation>Mention by &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="88"/>
        <source>Wie niet is aangevinkt, wordt in een verslag voor partners alleen met de rol genoemd.</source>
        <translation>Anyone not ticked appears in a report for partners by role only.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="93"/>
        <source>Gegeven &amp;op</source>
        <translation>Given &amp;on</translation>
    </message>
    <message>
        <source>d-M-yyyy</source>
        <translation type="vanished">d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="113"/>
        <source>Geldig &amp;tot</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="121"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="351"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="351"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="351"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="351"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="352"/>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="352"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="352"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="360"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="377"/>
        <source>Er is nog geen toestemming vastgelegd. Zolang er geen geldige toestemming is, wordt er niets met partners gedeeld.</source>
        <translation>No consent has been recorded yet. As long as there is no valid consent, nothing is shared with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="381"/>
        <source>Toestemming vastle&amp;ggen…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="384"/>
        <source>Toeste&amp;mming intrekken…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="426"/>
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="468"/>
        <source>Doel: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="469"/>
        <source>Partners: {names}</source>
        <translation>Partners: {names}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="471"/>
        <source>Mag gedeeld worden: {topics}</source>
        <translation>May be shared: {topics}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="474"/>
        <source>Gegeven door {name} op {date}</source>
        <translation>Given by {name} on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="477"/>
        <source>Ingetrokken op {date}</source>
        <translation>Withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="483"/>
        <source>Bij naam genoemd: {names}</source>
        <translation>Mentioned by name: {names}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="72"/>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="73"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="74"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="75"/>
        <source>nog niet ingegaan</source>
        <translation>not yet in effect</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="83"/>
        <source>Geen geldige toestemming</source>
        <translation>No valid consent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="85"/>
        <source>Toestemming: geldig voor %n partner</source>
        <translation>
            <numerusform>Consent: valid for %n partner</numerusform>
            <numerusform>Consent: valid for %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="86"/>
        <source>Toestemming: geldig voor %n partners</source>
        <translation>
            <numerusform>Consent: valid for %n partner</numerusform>
            <numerusform>Consent: valid for %n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="93"/>
        <source>(geen partner meer bekend)</source>
        <translation>(partner no longer known)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="95"/>
        <source>{partners} — tot {date}</source>
        <translation>{partners} — until {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="98"/>
        <source>{partners} — zonder einddatum</source>
        <translation>{partners} — no end date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="102"/>
        <source>Er is nog geen toestemming vastgelegd. Deel niets met partners.</source>
        <translation>No consent has been recorded yet. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="104"/>
        <source>Ingetrokken op {date}. Deel niets met partners.</source>
        <translation>Withdrawn on {date}. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="107"/>
        <source>Verlopen op {date}. Deel niets met partners.</source>
        <translation>Expired on {date}. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="110"/>
        <source>Deel niets met partners.</source>
        <translation>Share nothing with partners.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="86"/>
        <source>bijv. 12-3-2022</source>
        <translation>e.g. 12-3-2022</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="93"/>
        <source>Kalender openen (Alt+↓)</source>
        <translation>Open the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="94"/>
        <source>Kalender openen</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="167"/>
        <source>Dat is vóór {date}; kies een latere datum.</source>
        <translation>That is before {date}; choose a later date.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="172"/>
        <source>Dat is na {date}; kies een eerdere datum.</source>
        <translation>That is after {date}; choose an earlier date.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="204"/>
        <source>Vul een datum in, bijvoorbeeld 12-3-2022.</source>
        <translation>Enter a date, for example 12-3-2022.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="281"/>
        <source>Die dag bestaat niet.</source>
        <translation>That day does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="282"/>
        <source>Die dag bestaat niet: {month} {year} heeft {days} dagen.</source>
        <translation>That day does not exist: {month} {year} has {days} days.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="287"/>
        <source>Klopt niet: {date} is een {weekday}.</source>
        <translation>That does not match: {date} is a {weekday}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/date_field.py" line="290"/>
        <source>Geen datum: typ bijvoorbeeld 12-3-2022.</source>
        <translation>Not a date: type for example 12-3-2022.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="283"/>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="284"/>
        <source>Kijk nog even of alles klopt.</source>
        <translation>Check that everything is right.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="285"/>
        <source>Dit wordt de opslag van Voordeur op deze laptop:</source>
        <translation>This will be Voordeur&apos;s store on this laptop:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="286"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="286"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="287"/>
        <source>Wijk:</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="287"/>
        <source>Sleutel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="288"/>
        <source>Gegevensmap:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="290"/>
        <source>Klik op ‘Opslag maken’ om te beginnen. Wil je iets veranderen, ga dan terug.</source>
        <translation>Click ‘Create store’ to begin. To change something, go back.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="297"/>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="298"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="300"/>
        <source>in de sleutelhanger van het systeem, samen met je wachtwoordzin</source>
        <translation>in the system keyring, together with your passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="303"/>
        <source>alleen wachtwoordzin</source>
        <translation>passphrase only</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="309"/>
        <source>De versleutelde opslag wordt gemaakt…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
</context>
<context>
    <name>Ecogram</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/items.py" line="57"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/items.py" line="57"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/items.py" line="58"/>
        <source>weg</source>
        <translation>gone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/items.py" line="169"/>
        <source>overleden</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/items.py" line="382"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="144"/>
        <source>Relaties</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="154"/>
        <source>Steunt (pijl)</source>
        <translation>Supports (arrow)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="159"/>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="162"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="163"/>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="164"/>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="165"/>
        <source>Anders / onbekend</source>
        <translation>Other / unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="166"/>
        <source>Overleden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="168"/>
        <source>Hoofdpersoon</source>
        <translation>Index person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="170"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="180"/>
        <source>Vergelijken</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="181"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="182"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="183"/>
        <source>Weg</source>
        <translation>Gone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="308"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/legend.py" line="314"/>
        <source>Legenda tonen of verbergen</source>
        <translation>Show or hide the legend</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/view.py" line="63"/>
        <source>Ecogram</source>
        <translation>Ecogram</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/view.py" line="64"/>
        <source>Tab kiest de volgende persoon, pijltjestoetsen verplaatsen, Enter bewerkt, Delete verwijdert, Ctrl+0 toont de hele kaart.</source>
        <translation>Tab selects the next person, the arrow keys move, Enter edits, Delete removes, Ctrl+0 shows the whole map.</translation>
    </message>
</context>
<context>
    <name>EcogramAddDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="106"/>
        <source>Contact toevoegen</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="108"/>
        <source>het gezin</source>
        <translation>the family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="115"/>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="117"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="142"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="143"/>
        <source>&amp;Achternaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="144"/>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="150"/>
        <source>Klopt het niet? Kies hieronder zelf; dat blijft staan.</source>
        <translation>Not right? Choose below yourself; your choice stays.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="152"/>
        <source>&amp;Geslacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="153"/>
        <source>Geboorte&amp;jaar</source>
        <translation>Year of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="163"/>
        <source>bijv. OBS De Regenboog</source>
        <translation>e.g. OBS De Regenboog</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="176"/>
        <source>naam van je contactpersoon (mag leeg)</source>
        <translation>name of your contact person (optional)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="177"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="179"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="180"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="188"/>
        <source>&amp;Domein</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="189"/>
        <source>Na&amp;bijheid</source>
        <translation>Clo&amp;seness</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="196"/>
        <source>Relatie &amp;met het gezin vastleggen</source>
        <translation>Record &amp;a relationship with the family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="207"/>
        <source>S&amp;terkte</source>
        <translation>S&amp;trength</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="208"/>
        <source>Soort re&amp;latie</source>
        <translation>T&amp;ype of relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="209"/>
        <source>&amp;Wie steunt wie?</source>
        <translation>&amp;Who supports whom?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="210"/>
        <source>Soort steun</source>
        <translation>Type of support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="221"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="223"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="327"/>
        <source>Geraden uit de rol: {what}</source>
        <translation>Guessed from the role: {what}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="346"/>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="354"/>
        <source>deze persoon</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="363"/>
        <source>Bekende organisatie ({kind})</source>
        <translation>Known organisation ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="369"/>
        <source>Nieuwe organisatie: kies de soort</source>
        <translation>New organisation: choose the kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/add_dialog.py" line="371"/>
        <source>Typ om een bekende organisatie te zoeken</source>
        <translation>Type to search for a known organisation</translation>
    </message>
</context>
<context>
    <name>EcogramCommands</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="81"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="119"/>
        <source>{name} toevoegen</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="152"/>
        <source>{name} verwijderen</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="168"/>
        <source>Relatie tekenen</source>
        <translation>Draw relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="192"/>
        <source>Relatie verwijderen</source>
        <translation>Remove relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="208"/>
        <source>{name} bewerken</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/commands.py" line="225"/>
        <source>Relatie bewerken</source>
        <translation>Edit relationship</translation>
    </message>
</context>
<context>
    <name>EcogramExport</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="42"/>
        <source>PDF — om te printen of te mailen</source>
        <translation>PDF — to print or email</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="43"/>
        <source>PNG — een afbeelding</source>
        <translation>PNG — an image</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="44"/>
        <source>SVG — een tekening die je verder kunt bewerken</source>
        <translation>SVG — a drawing you can edit further</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="55"/>
        <source>Ecogram exporteren</source>
        <translation>Export ecogram</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="63"/>
        <source>Het netwerk zoals het nu is.</source>
        <translation>The network as it is now.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="64"/>
        <source>De momentopname van {day}.</source>
        <translation>The snapshot of {day}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="78"/>
        <source>&amp;Rollen in plaats van namen (voor een partner zonder toestemming)</source>
        <translation>&amp;Roles instead of names (for a partner without consent)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="81"/>
        <source>De legenda komt altijd mee. Het bestand is niet versleuteld: bewaar het alleen waar dat mag.</source>
        <translation>The legend is always included. The file is not encrypted: only keep it where that is allowed.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="91"/>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="100"/>
        <source>Formaat:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>ecogram</source>
        <translation type="vanished">ecogram</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="125"/>
        <source>Ecogram opslaan</source>
        <translation>Save ecogram</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="152"/>
        <source>Ecogram opgeslagen: {file}</source>
        <translation>Ecogram saved: {file}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/export_dialog.py" line="163"/>
        <source>Het ecogram is niet opgeslagen. {reason}</source>
        <translation>The ecogram has not been saved. {reason}</translation>
    </message>
</context>
<context>
    <name>EcogramIndicators</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/indicators_view.py" line="95"/>
        <source>Nog geen gegevens over het netwerk.</source>
        <translation>No information about the network yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/indicators_view.py" line="101"/>
        <source>Het netwerk in getallen</source>
        <translation>The network in numbers</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/indicators_view.py" line="114"/>
        <source>Let op</source>
        <translation>Points to watch</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/indicators_view.py" line="116"/>
        <source>Geen aandachtspunten.</source>
        <translation>No points to watch.</translation>
    </message>
</context>
<context>
    <name>EcogramList</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Nabijheid</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="60"/>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="61"/>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="88"/>
        <source>{strength}, {quality}</source>
        <translation>{strength}, {quality}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="115"/>
        <source>Contact: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="171"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="204"/>
        <source>Netwerk als lijst</source>
        <translation>Network as a list</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/list_view.py" line="217"/>
        <source>Nog niemand in het netwerk.</source>
        <translation>No one in the network yet.</translation>
    </message>
</context>
<context>
    <name>EcogramPanels</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="112"/>
        <source>bijv. oma, buurvrouw</source>
        <translation>e.g. grandma, neighbour</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="121"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="130"/>
        <source>Vul een geboortejaar in tussen {first} en {last}, of laat het leeg.</source>
        <translation>Enter a year of birth between {first} and {last}, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="145"/>
        <source>&amp;Praktisch</source>
        <translation>&amp;Practical</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="146"/>
        <source>&amp;Gezelschap</source>
        <translation>&amp;Companionship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="147"/>
        <source>&amp;Advies</source>
        <translation>A&amp;dvice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/fields.py" line="148"/>
        <source>&amp;Emotioneel</source>
        <translation>&amp;Emotional</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="79"/>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="81"/>
        <source>Wijzigingen toepassen (Enter)</source>
        <translation>Apply the changes (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="83"/>
        <source>&amp;Herstellen</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="85"/>
        <source>Terugzetten zoals het was (Esc)</source>
        <translation>Put it back as it was (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="87"/>
        <source>Ver&amp;wijderen…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="92"/>
        <source>Dit is een eerdere versie van de kaart: je kunt hier alleen kijken.</source>
        <translation>This is an earlier version of the map: you can only look here.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="59"/>
        <source>naam van je contactpersoon</source>
        <translation>name of your contact person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="63"/>
        <source>&amp;Overleden</source>
        <translation>D&amp;eceased</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="71"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="72"/>
        <source>&amp;Achternaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="73"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="74"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="75"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="76"/>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="77"/>
        <source>&amp;Geslacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="78"/>
        <source>Geboorte&amp;jaar</source>
        <translation>Year of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="80"/>
        <source>&amp;Domein</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="81"/>
        <source>Na&amp;bijheid</source>
        <translation>Clo&amp;seness</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="95"/>
        <source>Hoe dichtbij staat dit contact bij het gezin? Dat is de ring op de kaart.</source>
        <translation>How close is this contact to the family? That is the ring on the map.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="117"/>
        <source>Geraden uit de rol</source>
        <translation>Guessed from the role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="138"/>
        <source>Naam en soort gelden voor alle gezinnen die met deze organisatie werken.</source>
        <translation>The name and kind apply to every family that works with this organisation.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="141"/>
        <source>Het gezin staat in het midden van de kaart. Klik op een gezinslid of contact om het te bewerken.</source>
        <translation>The family is in the centre of the map. Click a family member or contact to edit them.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="145"/>
        <source>Uit het gezin ver&amp;wijderen…</source>
        <translation>Re&amp;move from the family…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="151"/>
        <source>Het gezin</source>
        <translation>The family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="153"/>
        <source>Organisatie · {kind}</source>
        <translation>Organisation · {kind}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="156"/>
        <source>Gezinslid</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="157"/>
        <source>Netwerk · {domain}</source>
        <translation>Network · {domain}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="228"/>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/node_editor.py" line="232"/>
        <source>Vul een naam of een rol in (bijvoorbeeld ‘oma’).</source>
        <translation>Enter a name or a role (for example ‘grandma’).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="247"/>
        <source>Sterk: dikke lijn · Gewoon: dunne lijn · Zwak: stippellijn</source>
        <translation>Strong: thick line · Normal: thin line · Weak: dashed line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="254"/>
        <source>Korte notitie (Shift+Enter voor een nieuwe regel)</source>
        <translation>Short note (Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="255"/>
        <source>&amp;Sterkte</source>
        <translation>S&amp;trength</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="256"/>
        <source>Soort re&amp;latie</source>
        <translation>T&amp;ype of relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="257"/>
        <source>&amp;Wie steunt wie?</source>
        <translation>&amp;Who supports whom?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="261"/>
        <source>Soort steun</source>
        <translation>Type of support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="264"/>
        <source>N&amp;otitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="284"/>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="285"/>
        <source>{a} en {b}</source>
        <translation>{a} and {b}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="294"/>
        <source>Relatie ver&amp;wijderen…</source>
        <translation>Re&amp;move relationship…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editors.py" line="317"/>
        <source>De notitie is te lang (hoogstens 2000 tekens).</source>
        <translation>The note is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/panels.py" line="39"/>
        <source>Kies iemand of een relatie op de kaart om die te bekijken of te veranderen.

Een relatie maak je door met de rechtermuisknop (of Shift en de linkermuisknop) van het ene naar het andere contact te slepen.</source>
        <translation>Choose someone or a relationship on the map to view or change it.

To make a relationship, drag from one contact to the other with the right mouse button (or Shift and the left mouse button).</translation>
    </message>
</context>
<context>
    <name>EcogramTab</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="31"/>
        <source>Bezoek {date}</source>
        <translation>Visit {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="32"/>
        <source>Momentopname {moment}</source>
        <translation>Snapshot {moment}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="148"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="149"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="150"/>
        <source>In cijfers</source>
        <translation>In numbers</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="31"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="32"/>
        <source>Een persoon of organisatie toevoegen</source>
        <translation>Add a person or organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="33"/>
        <source>&amp;Verbinden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="34"/>
        <source>Sleep daarna van de ene naar de andere</source>
        <translation>Then drag from one to the other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="36"/>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="37"/>
        <source>Het gekozen item bewerken</source>
        <translation>Edit the selected item</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="38"/>
        <source>Ver&amp;wijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="39"/>
        <source>Het gekozen item verwijderen</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="42"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="44"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="53"/>
        <source>In&amp;zoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="57"/>
        <source>&amp;Kaart van:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="59"/>
        <source>Verge&amp;lijk met:</source>
        <translation>Com&amp;pare with:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="55"/>
        <source>Uitzoome&amp;n</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="56"/>
        <source>&amp;Passend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="57"/>
        <source>De hele kaart in beeld</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="58"/>
        <source>&amp;Schikken</source>
        <translation>Arra&amp;nge</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="59"/>
        <source>Iedereen automatisch netjes neerzetten</source>
        <translation>Lay everyone out neatly, automatically</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="60"/>
        <source>Stop schikken</source>
        <translation>Stop arranging</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="62"/>
        <source>&amp;Momentopname</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="64"/>
        <source>Het netwerk zoals het nu is bewaren</source>
        <translation>Save the network as it is now</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="65"/>
        <source>&amp;Exporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="66"/>
        <source>Opslaan als PNG, SVG of PDF</source>
        <translation>Save as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="67"/>
        <source>&amp;Rollen tonen</source>
        <translation>Show ro&amp;les</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="68"/>
        <source>Rollen in plaats van namen tonen</source>
        <translation>Show roles instead of names</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="70"/>
        <source>&amp;Grote kaart</source>
        <translation>Lar&amp;ge map</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="71"/>
        <source>Alle ruimte voor de kaart (aan tafel)</source>
        <translation>All the room for the map (at the kitchen table)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/actions.py" line="129"/>
        <source>{action}: {step}</source>
        <translation>{action}: {step}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editing.py" line="92"/>
        <source>{name} naar {domain}</source>
        <translation>Move {name} to {domain}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editing.py" line="93"/>
        <source>{name} hoort nu bij {domain} (Ctrl+Z maakt het ongedaan)</source>
        <translation>{name} now belongs to {domain} (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editing.py" line="97"/>
        <source>Verplaatsen naar een ander domein</source>
        <translation>Move to another domain</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editing.py" line="98"/>
        <source>De contacten horen nu bij het domein waar ze staan (Ctrl+Z maakt het ongedaan)</source>
        <translation>The contacts now belong to the domain where they stand (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="209"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="299"/>
        <source>Je kijkt naar {title}. Kies &quot;Nu&quot; om te bewerken.</source>
        <translation>You are looking at {title}. Choose &quot;Now&quot; to edit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="302"/>
        <source>Vergelijken: groen is nieuw, oranje is veranderd, rood gestreept is weg. Zet &quot;Vergelijk met&quot; op &quot;niets&quot; om te bewerken.</source>
        <translation>Comparing: green is new, orange has changed, striped red has gone. Set &quot;Compare with&quot; to &quot;none&quot; to edit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="305"/>
        <source>Nog niemand in het netwerk. Kies &quot;Toevoegen…&quot; (Insert) om te beginnen.</source>
        <translation>No one in the network yet. Choose &quot;Add…&quot; (Insert) to begin.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="307"/>
        <source>Sleep om te verplaatsen; sleep met de rechtermuisknop (of Shift) van de een naar de ander om te verbinden; dubbelklik om te bewerken.</source>
        <translation>Drag to move; drag with the right mouse button (or Shift) from one to the other to connect; double-click to edit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="80"/>
        <source>Nu (bewerken)</source>
        <translation>Now (edit)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/timeline.py" line="82"/>
        <source>niets</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/editing.py" line="146"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="429"/>
        <source>Momentopname van het netwerk bewaard</source>
        <translation>Snapshot of the network saved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="446"/>
        <source>Bezig met schikken… (Esc stopt)</source>
        <translation>Arranging… (Esc stops)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/tab.py" line="466"/>
        <source>Automatisch schikken</source>
        <translation>Arrange automatically</translation>
    </message>
</context>
<context>
    <name>EcogramText</name>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="51"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="52"/>
        <source>het consultatiebureau</source>
        <translation>the baby clinic</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="53"/>
        <source>de huisarts</source>
        <translation>the GP</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="54"/>
        <source>de kinderopvang</source>
        <translation>childcare</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="55"/>
        <source>de jeugdhulp</source>
        <translation>youth care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="56"/>
        <source>het sociaal wijkteam</source>
        <translation>the social neighbourhood team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="57"/>
        <source>het buurtwerk</source>
        <translation>community work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="58"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="59"/>
        <source>de schuldhulpverlening</source>
        <translation>debt counselling</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="60"/>
        <source>de sportclub</source>
        <translation>the sports club</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="61"/>
        <source>de kerk of moskee</source>
        <translation>the church or mosque</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="62"/>
        <source>het werk</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="63"/>
        <source>de GGZ</source>
        <translation>mental health care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="64"/>
        <source>de woningcorporatie</source>
        <translation>the housing association</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="65"/>
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="66"/>
        <source>de bibliotheek</source>
        <translation>the library</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="84"/>
        <source>de {role}</source>
        <translation>the {role}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="95"/>
        <source>iemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="97"/>
        <source>het gezin</source>
        <translation>the family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="99"/>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="103"/>
        <source>{role} {name}</source>
        <translation>{role} {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="123"/>
        <source>een organisatie</source>
        <translation>an organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="134"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="153"/>
        <source>{giver} steunt {receiver}</source>
        <translation>{giver} supports {receiver}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="159"/>
        <source>Ze steunen elkaar</source>
        <translation>They support each other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="160"/>
        <source>Geen steun</source>
        <translation>No support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="166"/>
        <source>over en weer</source>
        <translation>both ways</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="168"/>
        <source>geen steun</source>
        <translation>no support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="170"/>
        <source>geeft steun</source>
        <translation>gives support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="170"/>
        <source>krijgt steun</source>
        <translation>receives support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="176"/>
        <source>Niemand geeft praktische hulp.</source>
        <translation>No one gives practical help.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="177"/>
        <source>Niemand is er voor gezelschap.</source>
        <translation>No one is there for companionship.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="178"/>
        <source>Niemand geeft advies.</source>
        <translation>No one gives advice.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="179"/>
        <source>Niemand geeft emotionele steun.</source>
        <translation>No one gives emotional support.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="186"/>
        <source>praktische hulp</source>
        <translation>practical help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="187"/>
        <source>gezelschap</source>
        <translation>companionship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="188"/>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="189"/>
        <source>emotionele steun</source>
        <translation>emotional support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="224"/>
        <source>Niemand in het netwerk geeft deze steun aan het gezin.</source>
        <translation>No one in the network gives the family this support.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="229"/>
        <source>Als deze steun wegvalt, is er weinig anders.</source>
        <translation>If this support falls away, there is little else.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="232"/>
        <source>1 relatie geeft stress.</source>
        <translation>1 relationship causes stress.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="233"/>
        <source>{n} relaties geven stress.</source>
        <translation>{n} relationships cause stress.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="236"/>
        <source>Met 1 contact is het contact verbroken.</source>
        <translation>1 contact has been cut off.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="237"/>
        <source>Met {n} contacten is het contact verbroken.</source>
        <translation>{n} contacts have been cut off.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="244"/>
        <source>Er staat nog niemand om het gezin heen.</source>
        <translation>There is no one around the family yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="245"/>
        <source>Voeg familie, vrienden, buren en organisaties toe.</source>
        <translation>Add relatives, friends, neighbours and organisations.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="246"/>
        <source>1 persoon of organisatie om het gezin heen.</source>
        <translation>1 person or organisation around the family.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="247"/>
        <source>{n} mensen en organisaties om het gezin heen.</source>
        <translation>{n} people and organisations around the family.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="248"/>
        <source>Het gezin zelf telt niet mee.</source>
        <translation>The family itself is not counted.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="252"/>
        <source>{part} van {total}</source>
        <translation>{part} of {total}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="254"/>
        <source>1 van de {total} is familie, vriend of buur (informeel).</source>
        <translation>1 of the {total} is a relative, friend or neighbour (informal).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="257"/>
        <source>{part} van de {total} zijn familie, vrienden of buren (informeel).</source>
        <translation>{part} of the {total} are relatives, friends or neighbours (informal).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="260"/>
        <source>Er is geen professionele hulp (formeel).</source>
        <translation>There is no professional help (formal).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="262"/>
        <source>1 is professionele hulp (formeel).</source>
        <translation>1 is professional help (formal).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="264"/>
        <source>{n} zijn professionele hulp (formeel).</source>
        <translation>{n} are professional help (formal).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="270"/>
        <source>Er is nog geen steun ingevuld.</source>
        <translation>No support has been filled in yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="271"/>
        <source>Vul bij een relatie in wie wie steunt.</source>
        <translation>Fill in who supports whom for a relationship.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="274"/>
        <source>De ene relatie met steun is wederzijds.</source>
        <translation>The one relationship with support is mutual.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="275"/>
        <source>De ene relatie met steun is niet wederzijds.</source>
        <translation>The one relationship with support is not mutual.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="277"/>
        <source>In 1 van de {total} relaties met steun steunen ze elkaar.</source>
        <translation>In 1 of the {total} relationships with support, they support each other.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="280"/>
        <source>In {part} van de {total} relaties met steun steunen ze elkaar.</source>
        <translation>In {part} of the {total} relationships with support, they support each other.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="282"/>
        <source>Wederzijds: het gezin geeft ook iets terug.</source>
        <translation>Mutual: the family gives something back as well.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="289"/>
        <source>alle steun</source>
        <translation>all the support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="291"/>
        <source>de helft van alle steun</source>
        <translation>half of all the support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="293"/>
        <source>meer dan de helft van alle steun</source>
        <translation>more than half of all the support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="298"/>
        <source>{who} geeft {amount} en is de enige die {only} geeft</source>
        <translation>{who} gives {amount} and is the only one who gives {only}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="301"/>
        <source>{who} geeft {amount}</source>
        <translation>{who} gives {amount}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="303"/>
        <source>Alleen {who} geeft {only}</source>
        <translation>Only {who} gives {only}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="306"/>
        <source>{who} geeft veel steun</source>
        <translation>{who} gives a lot of support</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="307"/>
        <source>{what}: veel hangt van {whom} af.</source>
        <translation>{what}: a lot depends on {whom}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="312"/>
        <source>deze organisatie</source>
        <translation>this organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="314"/>
        <source>haar</source>
        <translation>her</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="316"/>
        <source>hem</source>
        <translation>him</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="317"/>
        <source>deze persoon</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="324"/>
        <source>1 nieuw steunend contact</source>
        <translation>1 new supportive contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="325"/>
        <source>{n} nieuwe steunende contacten</source>
        <translation>{n} new supportive contacts</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="327"/>
        <source>1 nieuw contact</source>
        <translation>1 new contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="327"/>
        <source>{n} nieuwe contacten</source>
        <translation>{n} new contacts</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="329"/>
        <source>1 contact is er niet meer</source>
        <translation>1 contact is no longer there</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="330"/>
        <source>{n} contacten zijn er niet meer</source>
        <translation>{n} contacts are no longer there</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="338"/>
        <source>de relatie met {who} is niet meer stressvol</source>
        <translation>the relationship with {who} is no longer stressful</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="339"/>
        <source>de relaties met {who} zijn niet meer stressvol</source>
        <translation>the relationships with {who} are no longer stressful</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="341"/>
        <source>de relatie met {who} is nu stressvol</source>
        <translation>the relationship with {who} is now stressful</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="342"/>
        <source>de relaties met {who} zijn nu stressvol</source>
        <translation>the relationships with {who} are now stressful</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="344"/>
        <source>het contact met {who} is verbroken</source>
        <translation>contact with {who} has been cut off</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="345"/>
        <source>de contacten met {who} zijn verbroken</source>
        <translation>contact with {who} has been cut off</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="347"/>
        <source>er is weer contact met {who}</source>
        <translation>there is contact with {who} again</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="349"/>
        <source>de relatie met {who} is sterker geworden</source>
        <translation>the relationship with {who} has become stronger</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="350"/>
        <source>de relaties met {who} zijn sterker geworden</source>
        <translation>the relationships with {who} have become stronger</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="351"/>
        <source>de relatie met {who} is zwakker geworden</source>
        <translation>the relationship with {who} has become weaker</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="352"/>
        <source>de relaties met {who} zijn zwakker geworden</source>
        <translation>the relationships with {who} have become weaker</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="368"/>
        <source>{n} contacten</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="386"/>
        <source>Geen veranderingen in het netwerk sinds {since}.</source>
        <translation>No changes in the network since {since}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="387"/>
        <source>Geen veranderingen in het netwerk.</source>
        <translation>No changes in the network.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/ecogram/text.py" line="390"/>
        <source>Sinds {since}: {changes}.</source>
        <translation>Since {since}: {changes}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="32"/>
        <source>De schijf is vol. Wat al was opgeslagen blijft bewaard; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. What was already saved is kept; free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="35"/>
        <source>Die wachtwoordzin klopt niet.</source>
        <translation>That passphrase is not right.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="39"/>
        <source>Te vaak een verkeerde wachtwoordzin. Probeer het over 1 seconde opnieuw.</source>
        <translation>Too many wrong passphrases. Try again in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/common/errors.py" line="40"/>
        <source>Te vaak een verkeerde wachtwoordzin. Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="43"/>
        <source>Deze wachtwoordzin is te kort of te eenvoudig.</source>
        <translation>This passphrase is too short or too simple.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="45"/>
        <source>De sleutelhanger van het systeem gaf de sleutel van deze laptop niet vrij. Ontgrendel de sleutelhanger (log opnieuw in) en probeer het nog eens.</source>
        <translation>The system keyring did not release this laptop&apos;s key. Unlock the keyring (log in again) and try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="48"/>
        <source>De sleutelkluis van deze gegevensmap ontbreekt. Zet hem terug uit een back-up; er wordt geen nieuwe, lege opslag gemaakt.</source>
        <translation>The key vault of this data folder is missing. Restore it from a backup; no new, empty store is created.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="51"/>
        <source>De opslag of de sleutelkluis is beschadigd. Er is niets gewist; zet een back-up terug of neem contact op met de helpdesk.</source>
        <translation>The store or the key vault is damaged. Nothing has been erased; restore a backup or contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="54"/>
        <source>De opslag kon niet worden gelezen. Er is niets gewist; controleer de schijf en probeer het opnieuw.</source>
        <translation>The store could not be read. Nothing was erased; check the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="57"/>
        <source>De opslag kon niet worden geopend. Er is niets gewist; neem contact op met de helpdesk.</source>
        <translation>The store could not be opened. Nothing has been erased; contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="60"/>
        <source>Deze momentopname van het ecogram is beschadigd en kan niet worden getoond. Er is niets gewist; verwijder de momentopname of maak een nieuwe.</source>
        <translation>This ecogram snapshot is damaged and cannot be shown. Nothing was deleted; remove the snapshot or make a new one.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="63"/>
        <source>Dit kan zo niet worden opgeslagen.</source>
        <translation>This cannot be saved like this.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="65"/>
        <source>Opslaan lukte niet door een probleem met de opslag. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.</source>
        <translation>Saving failed because of a problem with the store. What was already saved is kept; try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/errors.py" line="67"/>
        <source>Er ging iets mis. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.</source>
        <translation>Something went wrong. What was already saved is kept; try again.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="352"/>
        <source>Voordeur instellen</source>
        <translation>Set up Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="353"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="354"/>
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="355"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="356"/>
        <source>Opslag &amp;maken</source>
        <translation>&amp;Create store</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="419"/>
        <source>De opslag is klaar.</source>
        <translation>The store is ready.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="432"/>
        <source>In deze gegevensmap staat al een Voordeur-opslag. Er is niets overschreven; sluit Voordeur en start opnieuw om hem te openen.</source>
        <translation>This data folder already holds a Voordeur store. Nothing has been overwritten; close Voordeur and start it again to open it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="436"/>
        <source>De sleutelhanger van het systeem werkt niet. Ga terug en kies een wachtwoordzin van minstens 12 tekens; dan is de sleutelhanger niet nodig.</source>
        <translation>The system keyring is not working. Go back and choose a passphrase of at least 12 characters; then the keyring is not needed.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="45"/>
        <source>Doel bewerken</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="45"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="26"/>
        <source>In de woorden van het gezin, bijvoorbeeld: ‘Wij hebben overzicht over onze rekeningen’</source>
        <translation>In the family&apos;s own words, for example: ‘We keep track of our bills’</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="31"/>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="36"/>
        <source>Het hele gezin</source>
        <translation>The whole family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="39"/>
        <source>&amp;Voor wie</source>
        <translation>&amp;For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_dialogs.py" line="53"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="48"/>
        <source>Schrijf het doel op, in de woorden van het gezin.</source>
        <translation>Write down the goal, in the family&apos;s own words.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/goal_fields.py" line="50"/>
        <source>Het doel is te lang (hoogstens 1000 tekens).</source>
        <translation>The goal is too long (at most 1000 characters).</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="58"/>
        <source>Huishouden bewerken</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="59"/>
        <source>Nieuw huishouden</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="102"/>
        <source>Vul een naam in, bijvoorbeeld ‘Gezin Jansen’.</source>
        <translation>Enter a name, for example ‘Jansen family’.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="107"/>
        <source>De naam van de wijk is te lang.</source>
        <translation>The name of the neighbourhood is too long.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="115"/>
        <source>Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 8011 AB.</source>
        <translation>A postcode has four digits and two letters, for example 8011 AB.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="122"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties, + en -, bijvoorbeeld 06-12345678.</source>
        <translation>A phone number contains only digits, spaces, + and -, for example 06-12345678.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="127"/>
        <source>Dit e-mailadres lijkt niet te kloppen.</source>
        <translation>This email address does not look right.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialogForm</name>
    <message>
        <location filename="../../ui/household_dialog.ui" line="17"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="24"/>
        <source>bijvoorbeeld Gezin Jansen</source>
        <translation>for example Jansen family</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="29"/>
        <source>&amp;Wijk</source>
        <translation>Neigh&amp;bourhood</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="47"/>
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="58"/>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="67"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="68"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="74"/>
        <source>nr.</source>
        <translation>no.</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="75"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="87"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="88"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="102"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="113"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="126"/>
        <source>Leg alleen vast wat je nodig hebt om het gezin te bereiken. Adres en telefoon mogen leeg blijven.</source>
        <translation>Record only what you need to reach the family. Address and phone may be left empty.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialogs</name>
    <message>
        <location filename="../../src/voordeur/gui/households/write_dialog.py" line="68"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/write_dialog.py" line="71"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/forms.py" line="72"/>
        <location filename="../../src/voordeur/gui/households/write_dialog.py" line="75"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/forms.py" line="87"/>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="94"/>
        <source>geen toestemming</source>
        <translation>no consent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/list_model.py" line="96"/>
        <source>%n afspraak te laat</source>
        <translation>
            <numerusform>%n agreement overdue</numerusform>
            <numerusform>%n agreements overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/list_model.py" line="97"/>
        <source>%n afspraken te laat</source>
        <translation>
            <numerusform>%n agreement overdue</numerusform>
            <numerusform>%n agreements overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="106"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="110"/>
        <source>contact {date}</source>
        <translation>contact {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="112"/>
        <source>nog geen contact</source>
        <translation>no contact yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="114"/>
        <source>bezoek {date}</source>
        <translation>visit {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="122"/>
        <source>Wijk: {wijk}</source>
        <translation>Neighbourhood: {wijk}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="124"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="125"/>
        <source>Laatste contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="126"/>
        <source>Nog geen contact</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="127"/>
        <source>Volgende bezoek: {date}</source>
        <translation>Next visit: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="128"/>
        <source>Geen bezoek gepland</source>
        <translation>No visit planned</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="130"/>
        <source>Geen geldige toestemming om te delen</source>
        <translation>No valid consent to share</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_model.py" line="132"/>
        <source>Afspraken te laat: {n}</source>
        <translation>Overdue agreements: {n}</translation>
    </message>
</context>
<context>
    <name>HouseholdListPanel</name>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="205"/>
        <source>Zoek op naam, gezinslid of wijk…</source>
        <translation>Search by name, family member or neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="207"/>
        <source>Huishoudens zoeken</source>
        <translation>Search households</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="211"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="214"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="215"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="216"/>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="219"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="221"/>
        <source>Geen contact sinds %n weken</source>
        <translation>
            <numerusform>No contact for %n week</numerusform>
            <numerusform>No contact for %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="224"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="225"/>
        <source>Laatste contact (langst geleden eerst)</source>
        <translation>Last contact (longest ago first)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="227"/>
        <source>Volgende bezoek (eerst komend)</source>
        <translation>Next visit (soonest first)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="244"/>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="251"/>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="416"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="261"/>
        <source>&amp;Wijk</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="262"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="263"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="264"/>
        <source>S&amp;orteren</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="420"/>
        <source>Nog geen huishoudens. Kies ‘Nieuw huishouden’ om er een toe te voegen.</source>
        <translation>No households yet. Choose ‘New household’ to add one.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="423"/>
        <source>Geen huishoudens gevonden met deze filters.</source>
        <translation>No households found with these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="430"/>
        <source>%n huishoudens</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="431"/>
        <source>%n huishouden</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/list_panel.py" line="433"/>
        <source>{shown} van {total} huishoudens</source>
        <translation>{shown} of {total} households</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="118"/>
        <source>Kies een huishouden in de lijst.</source>
        <translation>Choose a household in the list.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="119"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="144"/>
        <source>&amp;Nieuw bezoek</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="148"/>
        <location filename="../../src/voordeur/gui/households/page.py" line="280"/>
        <source>Af&amp;sluiten…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="181"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="182"/>
        <source>Eco&amp;gram</source>
        <translation>Eco&amp;gram</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="184"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="185"/>
        <source>&amp;Toestemming</source>
        <translation>Con&amp;sent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="267"/>
        <source>Dit huishouden bestaat niet (meer) op deze laptop.</source>
        <translation>This household does not exist (any more) on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="282"/>
        <source>afgesloten op {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="146"/>
        <source>Huishouden bewer&amp;ken…</source>
        <translation>Edit &amp;household…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="183"/>
        <source>B&amp;ezoeken</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="289"/>
        <source>He&amp;ropenen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="290"/>
        <source>Wijk {wijk}</source>
        <translation>Neighbourhood {wijk}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="291"/>
        <source>Geen wijk</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="297"/>
        <source>in zorg sinds {date}</source>
        <translation>in care since {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="310"/>
        <source>Deel niets met partners.</source>
        <translation>Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="357"/>
        <source>Huishouden afsluiten</source>
        <translation>Close household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="358"/>
        <source>Wil je {name} afsluiten? Het huishouden verdwijnt uit de lijst met actieve huishoudens. De gegevens blijven bewaard en je kunt het later heropenen.</source>
        <translation>Do you want to close {name}? The household disappears from the list of active households. The information is kept and you can reopen it later.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="368"/>
        <source>Wil je {name} weer actief maken?</source>
        <translation>Do you want to make {name} active again?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="393"/>
        <source>Wil je {name} uit dit huishouden verwijderen? Ook de lijnen in het genogram en ecogram met deze persoon verdwijnen. Afspraken en toestemmingen blijven bewaard.</source>
        <translation>Do you want to remove {name} from this household? The lines to this person in the genogram and ecogram disappear too. Agreements and consents are kept.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="361"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="367"/>
        <source>Huishouden heropenen</source>
        <translation>Reopen household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="369"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="392"/>
        <source>Gezinslid verwijderen</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/page.py" line="396"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="55"/>
        <source>geboren {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="57"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="59"/>
        <source>ca. {age} jaar ({year})</source>
        <translation>about {age} years ({year})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/tabs.py" line="62"/>
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="67"/>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="67"/>
        <source>{months} maanden</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="73"/>
        <source>indexpersoon</source>
        <translation>index person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="75"/>
        <source>overleden</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="84"/>
        <source>nog geen score</source>
        <translation>no score yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="85"/>
        <source>{score}/10 op {date}</source>
        <translation>{score}/10 on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="112"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="115"/>
        <source>{date} — te laat</source>
        <translation>{date} — overdue</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="169"/>
        <source>Gezinslid bewerken</source>
        <translation>Edit family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="170"/>
        <source>Gezinslid toevoegen</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="188"/>
        <source>bijvoorbeeld moeder, zoon, oma</source>
        <translation>for example mother, son, grandma</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="194"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="197"/>
        <source>Een geboortedatum ligt niet in de toekomst.</source>
        <translation>A date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="236"/>
        <source>Geraden uit de rol</source>
        <translation>Guessed from the role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="255"/>
        <source>Vul een voornaam of een rol in (bijvoorbeeld ‘oma’).</source>
        <translation>Enter a first name or a role (for example ‘grandma’).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="259"/>
        <source>De rol is te lang (hoogstens 100 tekens).</source>
        <translation>The role is too long (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="268"/>
        <source>Typ de geboortedatum, of kies ‘Alleen geboortejaar’ of ‘Onbekend’.</source>
        <translation>Type the date of birth, or choose ‘Only year of birth’ or ‘Unknown’.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="272"/>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/dialogs.py" line="279"/>
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation>The year of birth is in the future.</translation>
    </message>
</context>
<context>
    <name>MemberDialogForm</name>
    <message>
        <location filename="../../ui/member_dialog.ui" line="17"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="28"/>
        <source>&amp;Achternaam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="39"/>
        <source>&amp;Rol in het gezin</source>
        <translation>&amp;Role in the family</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="57"/>
        <source>&amp;Geslacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="66"/>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="73"/>
        <source>Geboorte&amp;datum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>d-M-yyyy</source>
        <translation type="vanished">d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="78"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="83"/>
        <source>Alleen geboorte&amp;jaar</source>
        <translation>Only year of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="90"/>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="95"/>
        <source>&amp;Onbekend</source>
        <translation>&amp;Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="109"/>
        <source>O&amp;verleden</source>
        <translation>Dec&amp;eased</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="114"/>
        <source>&amp;Indexpersoon</source>
        <translation>&amp;Index person</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="119"/>
        <source>De indexpersoon is de persoon om wie de hulpvraag draait; er is er één per huishouden.</source>
        <translation>The index person is the person the request for help is about; there is one per household.</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="125"/>
        <source>Bijzonder&amp;heden</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="132"/>
        <source>bijvoorbeeld: ontwikkelingsachterstand, dieet, slechthorend</source>
        <translation>for example: developmental delay, diet, hard of hearing</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="65"/>
        <source>Organisatie op de sociale kaart</source>
        <translation>Organisation on the social map</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="75"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="76"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="77"/>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="78"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="79"/>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="80"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="80"/>
        <source>Vandaag en deze week</source>
        <translation>Today and this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="92"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="94"/>
        <source>Het overzicht opnieuw laden (F5)</source>
        <translation>Load the overview again (F5)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="119"/>
        <source>Aantal weken zonder contact</source>
        <translation>Number of weeks without contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="121"/>
        <source>&amp;Weken zonder contact:</source>
        <translation>&amp;Weeks without contact:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="170"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="190"/>
        <source>Bijwerken…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="222"/>
        <source> week</source>
        <translation> week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="223"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="254"/>
        <source>Vandaag staan er geen bezoeken gepland.</source>
        <translation>No visits are planned for today.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="257"/>
        <source>Deze week staan er verder geen bezoeken gepland.</source>
        <translation>No other visits are planned this week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="260"/>
        <source>Geen afspraken die te laat zijn.</source>
        <translation>No agreements are overdue.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="263"/>
        <source>Deze week hoeven er geen afspraken af te zijn.</source>
        <translation>No agreements are due this week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="266"/>
        <source>Met elk actief huishouden was er contact in de afgelopen {weeks} weken.</source>
        <translation>Every active household was contacted in the past {weeks} weeks.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="268"/>
        <source>Met elk actief huishouden was er contact in de afgelopen week.</source>
        <translation>Every active household was contacted in the past week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="274"/>
        <source>{date} · week {week}</source>
        <translation>{date} · week {week}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="282"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="283"/>
        <source>Later deze week</source>
        <translation>Later this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="285"/>
        <source>Afspraken te laat</source>
        <translation>Overdue agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="287"/>
        <source>Afspraken deze week</source>
        <translation>Agreements due this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="290"/>
        <source>Geen contact in de afgelopen week</source>
        <translation>No contact in the past week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="291"/>
        <source>Geen contact in {weeks} weken</source>
        <translation>No contact in {weeks} weeks</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="324"/>
        <source>volgend bezoek</source>
        <translation>next visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="337"/>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="340"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="344"/>
        <source>een gezinslid</source>
        <translation>a family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="345"/>
        <source>iemand uit het netwerk</source>
        <translation>someone from the network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="346"/>
        <source>een partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="347"/>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="349"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="354"/>
        <source>te laat sinds {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="356"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="357"/>
        <source>{count} dagen</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="361"/>
        <source>uiterlijk vandaag</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="362"/>
        <source>uiterlijk {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="366"/>
        <source>Wie: {owner}</source>
        <translation>Who: {owner}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="381"/>
        <source>Laatste contact: nog nooit</source>
        <translation>Last contact: never</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="384"/>
        <source>1 week geleden</source>
        <translation>1 week ago</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="385"/>
        <source>{weeks} weken geleden</source>
        <translation>{weeks} weeks ago</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/page.py" line="386"/>
        <source>Laatste contact: {date} ({ago})</source>
        <translation>Last contact: {date} ({ago})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/sections.py" line="110"/>
        <source>Minder tonen</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview/sections.py" line="111"/>
        <source>Alle {count} tonen</source>
        <translation>Show all {count}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="222"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="231"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="244"/>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="247"/>
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="246"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="246"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="246"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="246"/>
        <source>Bijzonderheden</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="250"/>
        <source>Nog geen gezinsleden.</source>
        <translation>No family members yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="253"/>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="251"/>
        <source>&amp;Lid toevoegen…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="255"/>
        <source>Verwij&amp;deren…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="268"/>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="272"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="270"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="270"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="270"/>
        <source>Laatste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="271"/>
        <source>Verloop</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="273"/>
        <source>Nog geen actieve doelen.</source>
        <translation>No active goals yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="279"/>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="282"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="281"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="281"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="281"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="283"/>
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="305"/>
        <source>Volgende bezoek: {date}</source>
        <translation>Next visit: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="307"/>
        <source>Volgende bezoek: nog niet gepland</source>
        <translation>Next visit: not planned yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="309"/>
        <source>Laatste contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="310"/>
        <source>Nog geen contact vastgelegd</source>
        <translation>No contact recorded yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/tabs.py" line="334"/>
        <source>hele gezin</source>
        <translation>whole family</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="141"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="142"/>
        <source>Hiermee open je Voordeur voortaan, elke keer.</source>
        <translation>From now on you open Voordeur with this, every time.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="144"/>
        <source>Niemand kan de wachtwoordzin voor je terughalen: ben je hem kwijt, dan is de opslag op deze laptop niet meer te openen. Schrijf hem niet op een briefje bij de laptop.</source>
        <translation>Nobody can recover the passphrase for you: if you lose it, the store on this laptop can no longer be opened. Do not write it on a note kept with the laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="147"/>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="148"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="149"/>
        <source>Tekens &amp;tonen</source>
        <translation>&amp;Show characters</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="158"/>
        <source>Even kijken hoe deze laptop de sleutel kan bewaren…</source>
        <translation>Checking how this laptop can keep the key…</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="19"/>
        <source>Deze laptop heeft een beveiligde sleutelhanger; een pincode van 6 cijfers is genoeg.</source>
        <translation>This laptop has a secure keyring; a PIN of 6 digits is enough.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="22"/>
        <source>Deze laptop heeft geen beveiligde sleutelhanger. Kies een wachtwoordzin van minstens 12 tekens.</source>
        <translation>This laptop has no secure keyring. Choose a passphrase of at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="35"/>
        <source>Nog te kort: kies minstens {minimum} tekens, bijvoorbeeld een pincode van 6 cijfers (nu {count}).</source>
        <translation>Still too short: choose at least {minimum} characters, for example a PIN of 6 digits (now {count}).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="39"/>
        <source>Nog te kort: kies minstens {minimum} tekens (nu {count}). Een pincode is op deze laptop niet genoeg.</source>
        <translation>Still too short: choose at least {minimum} characters (now {count}). A PIN is not enough on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="49"/>
        <source>Vul de wachtwoordzin nog een keer in.</source>
        <translation>Enter the passphrase once more.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/passphrase_rules.py" line="52"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="59"/>
        <source>Doelen, in de woorden van het gezin</source>
        <translation>Goals, in the family&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="62"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="62"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="62"/>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="63"/>
        <source>Scores (oud → nieuw)</source>
        <translation>Scores (old → new)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="64"/>
        <source>Laatste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="66"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="69"/>
        <source>&amp;Doel toevoegen…</source>
        <translation>Add &amp;goal…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="71"/>
        <source>Doel be&amp;werken…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="90"/>
        <source>Ook afgeronde afspraken tonen</source>
        <translation>Also show finished agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="95"/>
        <source>A&amp;fspraak toevoegen…</source>
        <translation>&amp;Add agreement…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="98"/>
        <source>&amp;Afspraak bewerken…</source>
        <translation>Ed&amp;it agreement…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="103"/>
        <source>Verva&amp;llen</source>
        <translation>&amp;Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="106"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="109"/>
        <source>Zet de afspraak weer op open</source>
        <translation>Set the agreement back to open</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="81"/>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="84"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="84"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="85"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="87"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="101"/>
        <source>&amp;Gedaan</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="127"/>
        <source>Gezinsplan e&amp;xporteren…</source>
        <translation>Export &amp;family plan…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="129"/>
        <source>Het plan voor het gezin, een partner of het dossier: PDF, Word of tekst</source>
        <translation>The plan for the family, a partner or the case file: PDF, Word or text</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="156"/>
        <source>hele gezin</source>
        <translation>whole family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_tab.py" line="182"/>
        <source>{status} op {date}</source>
        <translation>{status} on {date}</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="50"/>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="50"/>
        <source>Wat goed gaat</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="51"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="62"/>
        <source>Vraag van het gezin</source>
        <translation>The family&apos;s question</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="63"/>
        <source>Vraag, krachten en zorgen</source>
        <translation>Question, strengths and concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="80"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="81"/>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="83"/>
        <source>&amp;Versies bekijken…</source>
        <translation>&amp;View versions…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="132"/>
        <source>nog niet opgeschreven</source>
        <translation>not written down yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="134"/>
        <source>Nog geen vraag opgeschreven. Vraag het gezin wat zij willen bereiken, in hun eigen woorden.</source>
        <translation>No question written down yet. Ask the family what they want to achieve, in their own words.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="137"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="139"/>
        <source>Bijgewerkt op {date}</source>
        <translation>Updated on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="144"/>
        <source>⚠ Er zijn twee versies van: {fields}. Ze zijn apart gemaakt, op twee laptops. Kies welke blijft, of voeg ze samen.</source>
        <translation>⚠ There are two versions of: {fields}. They were made apart, on two laptops. Choose which one stays, or combine them.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="190"/>
        <source>De vraag van het gezin, in hun eigen woorden</source>
        <translation>The family&apos;s question, in their own words</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="191"/>
        <source>Wat gaat goed? Eén per regel</source>
        <translation>What goes well? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="192"/>
        <source>Waar maken jullie je zorgen over? Eén per regel</source>
        <translation>What are you worried about? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="226"/>
        <source>Twee versies: {field}</source>
        <translation>Two versions: {field}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="234"/>
        <source>Opgeslagen op {moment}</source>
        <translation>Saved on {moment}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="245"/>
        <source>&amp;Dit blijft staan:</source>
        <translation>&amp;This stays:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="253"/>
        <source>Deze &amp;gebruiken</source>
        <translation>&amp;Use this one</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="274"/>
        <source>Geschiedenis van vraag, krachten en zorgen</source>
        <translation>History of question, strengths and concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="279"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="279"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="279"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="280"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="286"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="309"/>
        <source>bezoek van {date}</source>
        <translation>visit of {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="311"/>
        <source>(leeggemaakt)</source>
        <translation>(emptied)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/plan_texts.py" line="318"/>
        <source>Nog niets opgeschreven.</source>
        <translation>Nothing written down yet.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="99"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="100"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="100"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="101"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="101"/>
        <source>&amp;Wijk</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="102"/>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="102"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="104"/>
        <source>bijvoorbeeld Gro-up</source>
        <translation>for example Gro-up</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="105"/>
        <source>bijvoorbeeld 06-12345678</source>
        <translation>for example 06-12345678</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="107"/>
        <source>Verslagen en plannen voor het gezin en voor partners eindigen met je naam, organisatie en telefoonnummer, zodat ze weten wie ze kunnen bellen of appen.</source>
        <translation>Summaries and plans for the family and for partners end with your name, organisation and phone number, so they know whom to call or message.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="109"/>
        <source>Profiel &amp;opslaan</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="115"/>
        <source>Het team komt van de teamserver.</source>
        <translation>The team comes from the team server.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="139"/>
        <source>Je naam is nodig.</source>
        <translation>Your name is needed.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="154"/>
        <source>Profiel opgeslagen.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="155"/>
        <source>Profiel opgeslagen</source>
        <translation>Profile saved</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="209"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="210"/>
        <source>Profiel &amp;wijzigen…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="211"/>
        <source>&amp;Sociale kaart…</source>
        <translation>&amp;Social map…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/profile_group.py" line="221"/>
        <source>vul je telefoonnummer in: verslagen noemen het</source>
        <translation>fill in your phone number: summaries mention it</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="34"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="35"/>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="36"/>
        <source>Krachten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="37"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="40"/>
        <source>Definitief gemaakt</source>
        <translation>Made final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="41"/>
        <source>Gewijzigd na definitief</source>
        <translation>Changed after final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="42"/>
        <source>Samengevoegd bij synchroniseren</source>
        <translation>Merged while syncing</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="43"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="96"/>
        <source>Revisies van het bezoek</source>
        <translation>Revisions of the visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="100"/>
        <source>&amp;Veld:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="102"/>
        <source>&amp;Verschillen met de vorige versie tonen</source>
        <translation>&amp;Show differences from the previous version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="108"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="115"/>
        <source>Tekst van de gekozen versie</source>
        <translation>Text of the chosen version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="119"/>
        <source>Revisies worden geladen…</source>
        <translation>Loading revisions…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="173"/>
        <source>{field} (1 versie)</source>
        <translation>{field} (1 version)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="174"/>
        <source>{field} ({count} versies)</source>
        <translation>{field} ({count} versions)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="179"/>
        <source>Er zijn nog geen revisies: het bezoek is nog niet definitief gemaakt.</source>
        <translation>There are no revisions yet: the visit has not been made final.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="182"/>
        <source>Nieuwste versie bovenaan. Wat is weggehaald is doorgestreept, wat is toegevoegd is onderstreept.</source>
        <translation>Newest version at the top. Removed text is struck through, added text is underlined.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="207"/>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="227"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="228"/>
        <source>{reason} op {when} door {who}.</source>
        <translation>{reason} on {when} by {who}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="232"/>
        <source>Dit is de eerste bewaarde versie.</source>
        <translation>This is the first saved version.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="234"/>
        <source>Vergeleken met de versie van {when}.</source>
        <translation>Compared with the version of {when}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/revisions_dialog.py" line="242"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/common/save_dialog.py" line="63"/>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/save_dialog.py" line="64"/>
        <source>Bestands&amp;naam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/save_dialog.py" line="65"/>
        <source>Soort &amp;bestand:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/save_dialog.py" line="66"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/save_dialog.py" line="67"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="80"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="88"/>
        <source>&amp;Zoek in notities, namen, afspraken en doelen</source>
        <translation>&amp;Search notes, names, agreements and goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="91"/>
        <source>Bijvoorbeeld: voetbal, Jansen, huiswerk</source>
        <translation>For example: football, Jansen, homework</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="93"/>
        <source>Zoekvraag</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="101"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="103"/>
        <source>↑ ↓ kiezen · Enter openen · Esc sluiten</source>
        <translation>↑ ↓ choose · Enter open · Esc close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="168"/>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="206"/>
        <source>Geen resultaten voor “{query}”.</source>
        <translation>No results for “{query}”.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="208"/>
        <source>Tip: alle woorden moeten voorkomen. Probeer minder woorden of het begin van een woord, bijvoorbeeld “voetb”.</source>
        <translation>Tip: every word must occur. Try fewer words or the start of a word, for example “footb”.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="212"/>
        <source>De eerste {count} resultaten. Typ meer woorden om verder te zoeken.</source>
        <translation>The first {count} results. Type more words to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="215"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="217"/>
        <source>{count} resultaten</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="220"/>
        <source>Typ een naam, een woord uit een notitie, een afspraak of een doel.</source>
        <translation>Type a name, or a word from a note, an agreement or a goal.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="231"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="233"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="234"/>
        <source>gezinslid</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="235"/>
        <source>afspraak</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="236"/>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="237"/>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="244"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="246"/>
        <source>{kind} van {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search/dialog.py" line="250"/>
        <source>uiterlijk {date}</source>
        <translation>due {date}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="178"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="179"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="227"/>
        <source>In deze gegevensmap staat nog geen opslag.</source>
        <translation>There is no store in this data folder yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="249"/>
        <source>Nu: in de sleutelhanger van het systeem, samen met je wachtwoordzin of pincode.</source>
        <translation>Now: in the system keyring, together with your passphrase or PIN.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="252"/>
        <source>Nu: alleen wachtwoordzin.</source>
        <translation>Now: passphrase only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="256"/>
        <source>Deze laptop heeft geen beveiligde sleutelhanger, dus de sleutel kan hier alleen met de wachtwoordzin worden bewaard.</source>
        <translation>This laptop has no secure keyring, so here the key can only be kept with the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="281"/>
        <source>De sleutel gaat naar de sleutelhanger van het systeem. Vul ter controle je huidige wachtwoordzin in.</source>
        <translation>The key moves to the system keyring. Enter your current passphrase to confirm.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="285"/>
        <source>De sleutel gaat uit de sleutelhanger. Daarna opent alleen je wachtwoordzin de opslag, en die moet minstens 12 tekens hebben.</source>
        <translation>The key leaves the keyring. After that only your passphrase opens the store, and it must have at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="306"/>
        <source>Je huidige wachtwoordzin heeft minder dan 12 tekens. Kies hieronder een nieuwe van minstens 12 tekens.</source>
        <translation>Your current passphrase has fewer than 12 characters. Choose a new one of at least 12 characters below.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="339"/>
        <source>Bezig met de sleutel…</source>
        <translation>Working on the key…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="350"/>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="355"/>
        <source>De sleutel is verplaatst.</source>
        <translation>The key has been moved.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="352"/>
        <source>De sleutel is verplaatst. Gebruik voortaan je nieuwe wachtwoordzin.</source>
        <translation>The key has been moved. From now on, use your new passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="368"/>
        <source>De sleutelhanger van het systeem werkt nu niet. Er is niets veranderd.</source>
        <translation>The system keyring is not working right now. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="373"/>
        <source>De sleutel staat nog op de oude plek.</source>
        <translation>The key is still where it was.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="417"/>
        <source>Het bestandsbeheer kon niet worden geopend. De map staat hierboven; je kunt hem kopiëren.</source>
        <translation>The file manager could not be opened. The folder is shown above; you can copy it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="422"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/dialog.py" line="426"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="34"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>Automatisch &amp;vergrendelen na</source>
        <translation>Lock au&amp;tomatically after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="78"/>
        <source>Als je zo lang niets doet, vergrendelt Voordeur zich. Wat je typte wordt eerst bewaard.</source>
        <translation>When you do nothing for this long, Voordeur locks itself. What you typed is saved first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="91"/>
        <source>Waar de sleutel bewaard wordt</source>
        <translation>Where the key is kept</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="97"/>
        <source>De opslag is versleuteld. De sleutel ervan gaat alleen open met je wachtwoordzin, en als dat kan ook met een geheim uit de sleutelhanger van het systeem. Met de sleutelhanger is een pincode van 6 cijfers genoeg; zonder sleutelhanger is een wachtwoordzin van minstens 12 tekens nodig.</source>
        <translation>The store is encrypted. Its key only opens with your passphrase and, where possible, also with a secret from the system keyring. With the keyring a PIN of 6 digits is enough; without the keyring a passphrase of at least 12 characters is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="107"/>
        <source>in de &amp;sleutelhanger van het systeem</source>
        <translation>in the system &amp;keyring</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="114"/>
        <source>alleen &amp;wachtwoordzin</source>
        <translation>&amp;passphrase only</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="153"/>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="170"/>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="187"/>
        <source>H&amp;erhaal nieuwe</source>
        <translation>&amp;Repeat new</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="206"/>
        <source>Laat de nieuwe wachtwoordzin leeg als je huidige al minstens 12 tekens heeft.</source>
        <translation>Leave the new passphrase empty if your current one already has at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="232"/>
        <source>&amp;Annuleren</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="242"/>
        <source>Sleutel ve&amp;rplaatsen</source>
        <translation>&amp;Move key</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="260"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="275"/>
        <source>&amp;Openen in bestandsbeheer</source>
        <translation>&amp;Open in file manager</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="301"/>
        <source>Hier staat alles wat je in Voordeur invult, versleuteld. Verhuizen kan alleen met de hele map tegelijk, terwijl Voordeur gesloten is; vraag je beheerder om de nieuwe plek in te stellen.</source>
        <translation>Everything you enter in Voordeur is kept here, encrypted. It can only be moved as a whole folder, while Voordeur is closed; ask your administrator to set up the new location.</translation>
    </message>
</context>
<context>
    <name>SocialMapDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="158"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="160"/>
        <source>Zoek op naam, soort, adres of contactpersoon (bijvoorbeeld consult)</source>
        <translation>Search by name, kind, address or contact person (for example consult)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="161"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="161"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="161"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="162"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="162"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="163"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="164"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="165"/>
        <source>CSV &amp;importeren…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="189"/>
        <source>Nieuwe organisatie toevoegen…</source>
        <translation>Add a new organisation…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="197"/>
        <source>Nog geen organisaties. Voeg ze toe of importeer een CSV-bestand met de kolommen naam;soort;adres;telefoon;contactpersoon.</source>
        <translation>No organisations yet. Add them, or import a CSV file with the columns naam;soort;adres;telefoon;contactpersoon.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="238"/>
        <source>{name} staat op de sociale kaart.</source>
        <translation>{name} is on the social map.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="243"/>
        <source>CSV-bestand importeren</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="244"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="249"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="255"/>
        <source>Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="261"/>
        <source>Regel {line}: </source>
        <translation>Line {line}: </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="263"/>
        <source>de eerste regel moet de kolommen noemen: naam;soort;adres;telefoon;contactpersoon</source>
        <translation>the first line must name the columns: naam;soort;adres;telefoon;contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="265"/>
        <source>de naam is leeg</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="266"/>
        <source>onbekende soort ‘{value}’ (bijvoorbeeld consultatiebureau, huisarts, school, buurtwerk)</source>
        <translation>unknown kind ‘{value}’ (for example consultatiebureau, huisarts, school, buurtwerk)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="268"/>
        <source>{column} is langer dan {value} tekens</source>
        <translation>{column} is longer than {value} characters</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="269"/>
        <source>‘{value}’ staat twee keer in het bestand</source>
        <translation>‘{value}’ appears twice in the file</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="270"/>
        <source>het bestand bevat geen organisaties</source>
        <translation>the file holds no organisations</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="271"/>
        <source>het bestand is te groot</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="273"/>
        <source>het bestand is geen leesbare tekst (sla het op als CSV, UTF-8)</source>
        <translation>the file is not readable text (save it as CSV, UTF-8)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="283"/>
        <source>… en nog %n andere</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/social_map_dialog.py" line="284"/>
        <source>Niet geïmporteerd, er is niets veranderd:</source>
        <translation>Not imported; nothing was changed:</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="53"/>
        <source>Leg eerst nieuwe toestemming vast (tab Toestemming).</source>
        <translation>Record new consent first (Consent tab).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="56"/>
        <source>Er is geen toestemming vastgelegd om met {org} te delen. Leg eerst de toestemming van de ouders vast (tab Toestemming).</source>
        <translation>No consent has been recorded for sharing with {org}. Record the parents&apos; consent first (Consent tab).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="59"/>
        <source>De toestemming voor delen met {org} is verlopen op {day}.</source>
        <translation>The consent for sharing with {org} expired on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="60"/>
        <source>De toestemming voor delen met {org} is verlopen.</source>
        <translation>The consent for sharing with {org} has expired.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="63"/>
        <source>De toestemming voor delen met {org} is ingetrokken op {day}.</source>
        <translation>The consent for sharing with {org} was withdrawn on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="64"/>
        <source>De toestemming voor delen met {org} is ingetrokken.</source>
        <translation>The consent for sharing with {org} was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="67"/>
        <source>De toestemming voor delen met {org} geldt pas vanaf {day}. Tot die dag kun je niets met deze partner delen.</source>
        <translation>The consent for sharing with {org} only applies from {day}. Until then nothing can be shared with this partner.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="70"/>
        <source>{org} hoort niet (meer) bij het netwerk van dit gezin. Er kan niets mee gedeeld worden.</source>
        <translation>{org} is not (or no longer) part of this family&apos;s network. Nothing can be shared with it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="72"/>
        <source>De toestemming voor delen met {org} noemt niets wat gedeeld mag worden. Leg vast wat de ouders willen delen (tab Toestemming).</source>
        <translation>The consent for sharing with {org} names nothing that may be shared. Record what the parents want to share (Consent tab).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="80"/>
        <source>De eigen notities van het bezoek: werkaantekeningen, alleen voor het dossier.</source>
        <translation>The visit&apos;s own notes: working notes, for the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="83"/>
        <source>De thema&apos;s: die zijn voor het dossier en het wijkoverzicht.</source>
        <translation>The themes: they are for the case file and the neighbourhood overview.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="85"/>
        <source>Eerdere versies van het verslag: alleen in het dossier.</source>
        <translation>Earlier versions of the report: in the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="87"/>
        <source>Het overzicht van toestemmingen: alleen in het dossier.</source>
        <translation>The list of consents: in the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="89"/>
        <source>Adres, telefoon en e-mail: alleen in het dossier.</source>
        <translation>Address, phone and e-mail: in the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="93"/>
        <source>{topic}: de toestemming voor deze partner geldt daar niet voor.</source>
        <translation>{topic}: the consent for this partner does not cover it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="96"/>
        <source>Deze mensen staan erin met hun rol, niet met hun naam, omdat de toestemming hun naam niet noemt: {people}.</source>
        <translation>These people appear by their role, not their name, because the consent does not name them: {people}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="100"/>
        <source>Bereikte en gestopte doelen: alleen in het dossier.</source>
        <translation>Achieved and stopped goals: in the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="102"/>
        <source>Afgeronde en vervallen afspraken: alleen in het dossier.</source>
        <translation>Done and cancelled agreements: in the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="108"/>
        <source>In eenvoudige taal, voor het gezin zelf.</source>
        <translation>In plain language, for the family itself.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="109"/>
        <source>Alleen wat de toestemming toestaat; wie de toestemming niet noemt, staat erin met de rol, niet met de naam.</source>
        <translation>Only what the consent allows; anyone the consent does not name appears by role, not by name.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="111"/>
        <source>Alles, ook notities, thema&apos;s en toestemmingen: alleen voor het dossier.</source>
        <translation>Everything, including notes, themes and consents: for the case file only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/preview.py" line="214"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="89"/>
        <source>Verslag van het bezoek</source>
        <translation>Visit report</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="90"/>
        <source>Gezinsplan exporteren</source>
        <translation>Export family plan</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="92"/>
        <source>Kies voor wie het verslag is en in welk formaat. Het voorbeeld laat zien wat erin komt.</source>
        <translation>Choose who the report is for and the format. The preview shows what goes into it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="94"/>
        <source>Kies voor wie het gezinsplan is en in welk formaat. Het voorbeeld laat zien wat erin komt.</source>
        <translation>Choose who the family plan is for and the format. The preview shows what goes into it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="103"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="104"/>
        <source>Word (bewerkbaar)</source>
        <translation>Word (editable)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="105"/>
        <source>Tekst (Markdown) om te plakken in het registratiesysteem</source>
        <translation>Text (Markdown) to paste into the registration system</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="114"/>
        <source>&amp;Voor:</source>
        <translation>Fo&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="115"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="123"/>
        <source>Voor&amp;beeld</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="130"/>
        <source>&amp;Wat er niet in staat, en waarom</source>
        <translation>&amp;What is left out, and why</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="141"/>
        <source>Het bestand is niet versleuteld: bewaar het alleen waar dat mag. Elke export komt in het logboek.</source>
        <translation>The file is not encrypted: keep it only where that is allowed. Every export is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="155"/>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="230"/>
        <source>Het gezin</source>
        <translation>The family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="232"/>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="233"/>
        <source>Partner: {name} (geen geldige toestemming)</source>
        <translation>Partner: {name} (no valid consent)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="236"/>
        <source>Het dossier (volledig)</source>
        <translation>The case file (complete)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="263"/>
        <source>Om te printen of te mailen.</source>
        <translation>To print or to e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="264"/>
        <source>Een Word-bestand dat je nog kunt aanpassen.</source>
        <translation>A Word file you can still edit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="265"/>
        <source>Gewone tekst om te plakken: het ecogram staat er niet als afbeelding in, de scores als tabel.</source>
        <translation>Plain text to paste: the ecogram is not included as a picture, the scores come as a table.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="296"/>
        <source>Het voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="320"/>
        <source>Niets: alles staat erin.</source>
        <translation>Nothing: everything is in it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="330"/>
        <source>Voor deze partner kan nu niets worden gemaakt.</source>
        <translation>Nothing can be made for this partner now.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="333"/>
        <source>Dit bezoek is vervallen ({reason}). Daar wordt geen verslag voor het gezin of een partner van gemaakt. Kies ‘Het dossier (volledig)’ voor een kopie in het dossier.</source>
        <translation>This visit is void ({reason}). No summary of it is made for the family or a partner. Choose ‘The case file (complete)’ for a copy in the case file.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="337"/>
        <source>Dit bezoek bestaat niet (meer) op deze laptop.</source>
        <translation>This visit does not exist (any more) on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="339"/>
        <source>Dit huishouden bestaat niet (meer) op deze laptop.</source>
        <translation>This household does not exist (any more) on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="341"/>
        <source>Het voorbeeld kon niet worden gemaakt. {reason}</source>
        <translation>The preview could not be made. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="383"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="384"/>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="385"/>
        <source>Tekst (*.md *.txt)</source>
        <translation>Text (*.md *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="387"/>
        <source>Verslag opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="388"/>
        <source>Gezinsplan opslaan</source>
        <translation>Save family plan</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="401"/>
        <source>Bestand vervangen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="402"/>
        <source>{file} bestaat al. Wil je het vervangen?</source>
        <translation>{file} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="424"/>
        <source>Opgeslagen: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="430"/>
        <source>Opgeslagen als {file} in de map {folder}.</source>
        <translation>Saved as {file} in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="441"/>
        <source>Het verslag is niet opgeslagen. {reason}</source>
        <translation>The report was not saved. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/summaries/export_dialog.py" line="443"/>
        <source>Het gezinsplan is niet opgeslagen. {reason}</source>
        <translation>The family plan was not saved. {reason}</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="168"/>
        <source>Verbinding zoeken…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="169"/>
        <source>Verbonden</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="170"/>
        <source>Synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="171"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="172"/>
        <source>Synchroniseren mislukt</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="173"/>
        <source>Aanmelden nodig</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="174"/>
        <source>Laptop afgemeld</source>
        <translation>Laptop signed out</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="175"/>
        <source>Niet gekoppeld aan een teamserver</source>
        <translation>Not linked to a team server</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="181"/>
        <source>Je wijzigingen gaan vanzelf naar de teamserver en je ziet die van je team.</source>
        <translation>Your changes go to the team server by themselves and you see those of your team.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="184"/>
        <source>Wijzigingen worden uitgewisseld met de teamserver. Je kunt gewoon doorwerken.</source>
        <translation>Changes are being exchanged with the team server. You can simply carry on working.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="187"/>
        <source>Geen verbinding met de teamserver. Je kunt gewoon doorwerken: alles blijft op deze laptop bewaard en gaat mee zodra er weer verbinding is.</source>
        <translation>No connection to the team server. You can simply carry on working: everything is kept on this laptop and goes along as soon as there is a connection again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="192"/>
        <source>Volgende poging over 1 seconde.</source>
        <translation>Next attempt in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="193"/>
        <source>Volgende poging over %n seconden.</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="196"/>
        <source>Synchroniseren lukte niet. Er is niets verloren; het wordt straks opnieuw geprobeerd.</source>
        <translation>Syncing did not work. Nothing is lost; it will be tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="203"/>
        <source>Deze laptop is afgemeld bij de teamserver en synchroniseert niet meer. Vraag je beheerder wat je moet doen.</source>
        <translation>This laptop has been signed out of the team server and no longer syncs. Ask your administrator what to do.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="199"/>
        <source>De teamserver neemt de aanmelding van deze laptop niet meer aan. Er is niets verloren. Klik om opnieuw aan te melden met je wachtwoord; tot dan wordt er niet gesynchroniseerd.</source>
        <translation>The team server no longer accepts this laptop&apos;s sign-in. Nothing is lost. Click to sign in again with your password; until then nothing is synced.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="205"/>
        <source>Je gegevens staan alleen op deze laptop; je team ziet ze niet. Met ‘Aanmelden…’ koppel je deze laptop aan de teamserver van je team; het adres en je gebruikersnaam krijg je van je beheerder.</source>
        <translation>Your data is only on this laptop; your team cannot see it. ‘Sign in…’ links this laptop to your team&apos;s server; your administrator gives you the address and your user name.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="216"/>
        <source>1 wijziging wacht</source>
        <translation>1 change waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="218"/>
        <source>%n wijzigingen wachten</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="220"/>
        <source>1 wijziging geweigerd</source>
        <translation>1 change refused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="222"/>
        <source>%n wijzigingen geweigerd</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="231"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="235"/>
        <source>Laatst gesynchroniseerd {time}</source>
        <translation>Last synced {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="236"/>
        <source>Laatst gesynchroniseerd {day} {time}</source>
        <translation>Last synced {day} {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="242"/>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="243"/>
        <source>%n conflicten</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="250"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="250"/>
        <source>%n dagen</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="252"/>
        <source>%n uur</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="254"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="254"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="263"/>
        <source>Klok loopt {amount} achter</source>
        <translation>Clock is {amount} behind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="264"/>
        <source>Klok loopt {amount} voor</source>
        <translation>Clock is {amount} ahead</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="272"/>
        <source>De klok van deze laptop wijkt af van die van de teamserver. Voordeur houdt daar rekening mee, zodat de volgorde van wijzigingen klopt. Zet de datum en tijd van de laptop toch goed.</source>
        <translation>This laptop&apos;s clock differs from the team server&apos;s. Voordeur allows for it, so changes stay in the right order. Please still set the laptop&apos;s date and time right.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="277"/>
        <source>1 wijziging is gemaakt terwijl de klok van deze laptop verschoof. De teamserver heeft de volgorde zo goed mogelijk bepaald: kijk die wijziging even na.</source>
        <translation>1 change was made while this laptop&apos;s clock moved. The team server ordered it as well as it could: please check that change.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="282"/>
        <source>%n wijzigingen zijn gemaakt terwijl de klok van deze laptop verschoof. De teamserver heeft de volgorde zo goed mogelijk bepaald: kijk ze even na.</source>
        <translation>
            <numerusform>%n change was made while this laptop&apos;s clock moved. The team server ordered it as well as it could: please check it.</numerusform>
            <numerusform>%n changes were made while this laptop&apos;s clock moved. The team server ordered them as well as it could: please check them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="291"/>
        <source>Teamserver: {server}</source>
        <translation>Team server: {server}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="292"/>
        <source>Aangemeld als: {user}</source>
        <translation>Signed in as: {user}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="298"/>
        <source>Melding (voor de helpdesk): {detail}</source>
        <translation>Message (for the helpdesk): {detail}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="328"/>
        <source>Klok: 1 wijziging nakijken</source>
        <translation>Clock: check 1 change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="329"/>
        <source>Klok: %n wijzigingen nakijken</source>
        <translation>
            <numerusform>Clock: check %n change</numerusform>
            <numerusform>Clock: check %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="334"/>
        <source>De conflicten bekijken en oplossen</source>
        <translation>View and resolve the conflicts</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="336"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="339"/>
        <source>Nu wijzigingen uitwisselen met de teamserver</source>
        <translation>Exchange changes with the team server now</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="342"/>
        <source>Conflicten oplossen…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="349"/>
        <source>Synchronisatie</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="354"/>
        <source>Aanmelden bij teamserver…</source>
        <translation>Sign in to team server…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="355"/>
        <source>Aanmelden…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/status_widget.py" line="356"/>
        <source>Aanmelden bij de teamserver van je team</source>
        <translation>Sign in to your team&apos;s server</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="82"/>
        <source>De teamserver is niet bereikbaar. Controleer het adres en de internetverbinding en probeer het opnieuw. Je gegevens blijven gewoon op deze laptop.</source>
        <translation>The team server cannot be reached. Check the address and the internet connection and try again. Your data stays on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="86"/>
        <source>Deze laptop is afgemeld bij de teamserver en kan niet meer aanmelden. Vraag je beheerder wat je moet doen.</source>
        <translation>This laptop was removed from the team server and can no longer sign in. Ask your administrator what to do.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="92"/>
        <source>De gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="96"/>
        <source>Te vaak een verkeerd wachtwoord. Probeer het over 1 seconde opnieuw.</source>
        <translation>Too many wrong passwords. Try again in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="97"/>
        <source>Te vaak een verkeerd wachtwoord. Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="100"/>
        <source>Het adres van de teamserver moet beginnen met https://.</source>
        <translation>The team server&apos;s address must start with https://.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="102"/>
        <source>De gegevens op deze laptop zijn al gekoppeld aan een andere teamserver of een ander account. Eén laptop synchroniseert met één account; vraag je beheerder om hulp.</source>
        <translation>The data on this laptop is already linked to another team server or another account. A laptop syncs with one account; ask your administrator for help.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="106"/>
        <source>Deze laptop is al aangemeld door een andere medewerker. Vraag je beheerder om hulp.</source>
        <translation>This laptop is already registered by another worker. Ask your administrator for help.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="109"/>
        <source>Je account hoort nog bij geen enkel team. Vraag je beheerder om je aan je team toe te voegen.</source>
        <translation>Your account is not in any team yet. Ask your administrator to add you to your team.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="112"/>
        <source>Je account hoort bij meer dan één team. Kies het team waarmee deze laptop synchroniseert en meld je opnieuw aan.</source>
        <translation>Your account is in more than one team. Choose the team this laptop syncs with and sign in again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_link.py" line="114"/>
        <source>De teamserver weigerde de aanmelding. Vraag je beheerder om hulp.</source>
        <translation>The team server refused the sign-in. Ask your administrator for help.</translation>
    </message>
</context>
<context>
    <name>TeamLoginDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="202"/>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="270"/>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="248"/>
        <source>Aanmelden bij de teamserver</source>
        <translation>Sign in to the team server</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="251"/>
        <source>Deze laptop is gekoppeld aan de teamserver. Vul je wachtwoord in om opnieuw aan te melden; er gaat niets verloren.</source>
        <translation>This laptop is linked to the team server. Enter your password to sign in again; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="255"/>
        <source>Meld deze laptop aan bij de teamserver van je team. Daarna gaan de huishoudens op deze laptop ook naar je team, en zie je die van je collega&apos;s. Het adres en je gebruikersnaam krijg je van je beheerder.</source>
        <translation>Sign this laptop in to your team&apos;s server. After that the households on this laptop go to your team as well, and you see your colleagues&apos; households. Your administrator gives you the address and your user name.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="258"/>
        <source>&amp;Serveradres</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="259"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="260"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="260"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="263"/>
        <source>https://teamserver.voorbeeld.nl</source>
        <translation>https://teamserver.example.org</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="265"/>
        <source>Zonder https:// gaat je wachtwoord onbeveiligd over het netwerk. Gebruik http:// alleen op een testcomputer.</source>
        <translation>Without https:// your password travels over the network unprotected. Use http:// only on a test machine.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="267"/>
        <source>&amp;Aanmelden</source>
        <translation>S&amp;ign in</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/sync/team_login_dialog.py" line="268"/>
        <source>A&amp;nnuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>TeamServerGroup</name>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="49"/>
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="56"/>
        <source>Deze laptop is afgemeld bij de teamserver {server} en synchroniseert niet meer. Vraag je beheerder wat je moet doen.</source>
        <translation>This laptop was removed from the team server {server} and no longer syncs. Ask your administrator what to do.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="60"/>
        <source>Gekoppeld aan {server} als {user} ({team}).</source>
        <translation>Linked to {server} as {user} ({team}).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="63"/>
        <source>Gekoppeld aan {server} als {user}.</source>
        <translation>Linked to {server} as {user}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="66"/>
        <source>Niet gekoppeld: je gegevens staan alleen op deze laptop.</source>
        <translation>Not linked: your data is only on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="69"/>
        <source>Opnieuw aan&amp;melden…</source>
        <translation>S&amp;ign in again…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings/team_server_group.py" line="70"/>
        <source>Aan&amp;melden…</source>
        <translation>S&amp;ign in…</translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <location filename="../../src/voordeur/gui/visits/chips.py" line="139"/>
        <source>gekozen</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/chips.py" line="139"/>
        <source>niet gekozen</source>
        <translation>not selected</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../src/voordeur/gui/common/undo_notice.py" line="35"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/undo_notice.py" line="38"/>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/undo_notice.py" line="44"/>
        <source>Melding sluiten</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="244"/>
        <source>Vul je wachtwoordzin in om verder te werken.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="246"/>
        <source>Gegevensmap: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="242"/>
        <source>&amp;Wachtwoordzin of pincode</source>
        <translation>&amp;Passphrase or PIN</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="241"/>
        <source>Vul je wachtwoordzin of pincode in om verder te werken.</source>
        <translation>Enter your passphrase or PIN to continue.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="245"/>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="248"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="290"/>
        <source>Vul eerst je wachtwoordzin in.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="329"/>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="342"/>
        <source>Er is te vaak een verkeerde wachtwoordzin ingevuld.</source>
        <translation>A wrong passphrase was entered too often.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="361"/>
        <source>Deze opslag is beveiligd met de sleutelhanger van het systeem, maar die is nu niet bereikbaar. Log in op deze laptop met je eigen account en probeer het opnieuw; er is niets gewist.</source>
        <translation>This store is protected with the system keyring, but it cannot be reached now. Log in to this laptop with your own account and try again; nothing has been erased.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="380"/>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="381"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="401"/>
        <source>Probeer het over 1 seconde opnieuw.</source>
        <translation>Try again in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/unlock/unlock_screen.py" line="403"/>
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="146"/>
        <source>Dit bezoek is definitief. Wat je nu wijzigt, wordt als revisie bewaard.</source>
        <translation>This visit is final. What you change now is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="34"/>
        <source>← &amp;Terug naar huishouden</source>
        <translation>← &amp;Back to household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="65"/>
        <source>Verslag e&amp;xporteren…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="66"/>
        <source>Een verslag voor het gezin, een partner of het dossier: PDF, Word of tekst</source>
        <translation>A report for the family, a partner or the case file: PDF, Word or text</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="69"/>
        <source>&amp;Revisies bekijken…</source>
        <translation>&amp;View revisions…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="72"/>
        <source>&amp;Definitief maken…</source>
        <translation>Make &amp;final…</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation type="vanished">dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="53"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="54"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="58"/>
        <source>bijv. thuis, Huis van de Wijk</source>
        <translation>e.g. at home, community centre</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="62"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="64"/>
        <source>Datu&amp;m en tijd</source>
        <translation>Date and ti&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="70"/>
        <source>D&amp;uur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="72"/>
        <source>&amp;Locatie</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="29"/>
        <source>Wat is er besproken? Typ gerust tijdens het gesprek: alles wordt vanzelf opgeslagen.</source>
        <translation>What was discussed? Feel free to type during the conversation: everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="39"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/present.py" line="31"/>
        <source>bijv. tolk, juf van Sem</source>
        <translation>e.g. interpreter, Sem&apos;s teacher</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/present.py" line="32"/>
        <source>Er zijn nog geen gezinsleden vastgelegd.</source>
        <translation>No family members have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/present.py" line="37"/>
        <source>&amp;Aanwezig</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/present.py" line="40"/>
        <source>Anders aan&amp;wezig</source>
        <translation>&amp;Others present</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="57"/>
        <source>De vraag van het gezin, in hun eigen woorden</source>
        <translation>The family&apos;s question, in their own words</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="61"/>
        <source>Wat gaat goed? Eén per regel</source>
        <translation>What is going well? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="64"/>
        <source>Waar maken jullie je zorgen over? Eén per regel</source>
        <translation>What are you worried about? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="82"/>
        <source>&amp;Hulpvraag</source>
        <translation>&amp;Request for help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="82"/>
        <source>&amp;Krachten</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="82"/>
        <source>&amp;Zorgen</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/side_column.py" line="48"/>
        <source>Th&amp;ema&apos;s</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="48"/>
        <source>Doelen — schaalvraag (0 tot 10)</source>
        <translation>Goals — scaling question (0 to 10)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="131"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="45"/>
        <source>&amp;Volgend bezoek gepland</source>
        <translation>Ne&amp;xt visit planned</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="151"/>
        <source>Wat wordt er gedaan?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation type="vanished">no date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="160"/>
        <source>Toevoe&amp;gen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="169"/>
        <source>Nieuwe afs&amp;praak</source>
        <translation>New a&amp;greement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="171"/>
        <source>W&amp;ie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="173"/>
        <source>Uiterlijk &amp;op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_editor.py" line="233"/>
        <source>Het bezoek wordt geladen…</source>
        <translation>Loading the visit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_editor.py" line="248"/>
        <source>Een nieuw bezoek wordt aangemaakt…</source>
        <translation>Creating a new visit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="85"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="86"/>
        <source>Opslaan lukt op dit moment niet: {error}

Als je nu een ander bezoek opent, kan wat je sinds de laatste keer opslaan typte verloren gaan. Kopieer het eventueel eerst.</source>
        <translation>Saving does not work at the moment: {error}

If you open another visit now, what you typed since the last save may be lost. You may want to copy it first.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_editor.py" line="352"/>
        <source>Dit bezoek bestaat niet (meer). Het kan verwijderd zijn.</source>
        <translation>This visit does not exist (any more). It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="60"/>
        <source>⚠ Niet opgeslagen</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="62"/>
        <source>Opslaan lukte niet: {error} Je tekst blijft staan; er wordt opnieuw geprobeerd.</source>
        <translation>Saving failed: {error} Your text stays; saving will be tried again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="70"/>
        <source>Wijzigingen worden opgeslagen…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="76"/>
        <source>Opgeslagen {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/save_state.py" line="78"/>
        <source>Opgeslagen {date} {time}</source>
        <translation>Saved {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="86"/>
        <source>Dit gezin heeft nog geen actieve doelen.</source>
        <translation>This family has no active goals yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="96"/>
        <source>Score voor: {goal}</source>
        <translation>Score for: {goal}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="102"/>
        <source>vorige keer: {score} ({date})</source>
        <translation>last time: {score} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="105"/>
        <source>nog geen eerdere score</source>
        <translation>no earlier score yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="229"/>
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="159"/>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="78"/>
        <source>Aanvinken als het gedaan is</source>
        <translation>Tick when it is done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="250"/>
        <source>ik (medewerker)</source>
        <translation>me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="257"/>
        <source>te laat: was {date}</source>
        <translation>overdue: was {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="260"/>
        <source>vóór {date}</source>
        <translation>before {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="264"/>
        <source>nieuw bij dit bezoek</source>
        <translation>new at this visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="271"/>
        <source>Ik (medewerker)</source>
        <translation>Me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="299"/>
        <source>Vul eerst in wat er wordt gedaan.</source>
        <translation>First enter what will be done.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/agreements.py" line="325"/>
        <source>Afspraak toegevoegd</source>
        <translation>Agreement added</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="47"/>
        <source>Datum van het bezoek</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/fields_form.py" line="48"/>
        <source>Tijd van het bezoek</source>
        <translation>Time of the visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="55"/>
        <source>Doel toevoegen…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_scores.py" line="129"/>
        <source>Doel toegevoegd</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="74"/>
        <source>Bezoek ver&amp;wijderen…</source>
        <translation>De&amp;lete visit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="75"/>
        <source>Een bezoek dat per ongeluk is aangemaakt weghalen</source>
        <translation>Remove a visit that was created by mistake</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="76"/>
        <source>Ver&amp;vallen verklaren…</source>
        <translation>Mark as &amp;void…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="77"/>
        <source>Een definitief bezoek dat niet had moeten bestaan: het blijft met de reden in het dossier</source>
        <translation>A final visit that should not have existed: it stays in the case file with the reason</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="79"/>
        <source>Vervallen ongedaan &amp;maken</source>
        <translation>&amp;Undo void</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="149"/>
        <source>Vervallen: {reason}
Dit bezoek blijft in het dossier, maar telt niet als contact en kan niet meer worden gewijzigd.</source>
        <translation>Void: {reason}
This visit stays in the case file, but it does not count as contact and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/header.py" line="151"/>
        <source>geen reden vastgelegd</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="52"/>
        <source>Datum van het volgende bezoek</source>
        <translation>Date of the next visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="54"/>
        <source>Tijd van het volgende bezoek</source>
        <translation>Time of the next visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="74"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="76"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/next_visit.py" line="78"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="98"/>
        <source>Plan van het gezin: loopt door van bezoek tot bezoek. Wat je hier verandert, geldt vanaf nu.</source>
        <translation>The family&apos;s plan: it carries over from visit to visit. What you change here applies from now on.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="100"/>
        <source>Zoals het plan was bij dit bezoek. Wijzigingen worden als revisie bewaard; het plan van nu staat op de pagina van het gezin.</source>
        <translation>The plan as it was at this visit. Changes are kept as revisions; the current plan is on the family&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/notes.py" line="104"/>
        <source>⚠ Hiervan zijn twee versies gemaakt, op twee laptops. Je ziet de nieuwste. Kies op de pagina van het gezin (tabblad Plan) welke blijft.</source>
        <translation>⚠ Two versions of this were made, on two laptops. You see the newest. Choose on the family&apos;s page (Plan tab) which one stays.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/score_steps.py" line="78"/>
        <source>vorige keer</source>
        <translation>last time</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/score_steps.py" line="103"/>
        <source>geen score</source>
        <translation>no score</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/score_steps.py" line="104"/>
        <source>score {score} van 10</source>
        <translation>score {score} out of 10</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_actions.py" line="50"/>
        <source>Dit bezoek staat op {day}, dat is nog niet geweest. Toch definitief maken?</source>
        <translation>This visit is on {day}, which has not happened yet. Make it final anyway?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_actions.py" line="54"/>
        <source>Wil je dit bezoek definitief maken?</source>
        <translation>Do you want to make this visit final?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_actions.py" line="56"/>
        <source>Bezoek definitief maken</source>
        <translation>Make visit final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_actions.py" line="57"/>
        <source>Je kunt daarna nog steeds wijzigen, maar elke wijziging wordt als revisie bewaard.</source>
        <translation>You can still make changes afterwards, but every change is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="56"/>
        <source>Bezoek vervallen verklaren</source>
        <translation>Mark visit as void</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="58"/>
        <source>Een definitief bezoek kun je niet verwijderen. Verklaar je het bezoek van {when} vervallen, dan blijft het met de reden in het dossier staan, kun je het niet meer wijzigen en telt het niet meer als contact of voor het volgende bezoek.</source>
        <translation>A final visit cannot be deleted. If you mark the visit of {when} as void, it stays in the case file with the reason, it can no longer be changed, and it no longer counts as contact or for the next visit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="64"/>
        <source>&amp;Reden (verplicht):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="67"/>
        <source>Bijvoorbeeld: dubbel ingevoerd, verkeerd gezin</source>
        <translation>For example: entered twice, wrong family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="69"/>
        <source>Vul een reden in.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="74"/>
        <source>&amp;Vervallen verklaren</source>
        <translation>Mark as &amp;void</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="144"/>
        <source>Verwijderen lukte niet: {error}</source>
        <translation>Deleting failed: {error}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="149"/>
        <source>Terugzetten lukte niet: {error}</source>
        <translation>Restoring failed: {error}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="173"/>
        <source>Het bezoek is vervallen verklaard.</source>
        <translation>The visit has been marked as void.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="178"/>
        <source>Vervallen verklaren lukte niet: {error}</source>
        <translation>Marking as void failed: {error}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_removal.py" line="193"/>
        <source>Vervallen ongedaan maken lukte niet: {error}</source>
        <translation>Undoing the void mark failed: {error}</translation>
    </message>
    <message>
        <source>Wil je dit bezoek definitief maken?

Je kunt daarna nog steeds wijzigen, maar elke wijziging wordt als revisie bewaard.</source>
        <translation type="vanished">Do you want to make this visit final?

You can still make changes afterwards, but every change is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_editor.py" line="454"/>
        <source>Het bezoek is definitief gemaakt.</source>
        <translation>The visit has been made final.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/visit_actions.py" line="77"/>
        <source>Definitief maken lukte niet: {error}</source>
        <translation>Making it final did not work: {error}</translation>
    </message>
</context>
<context>
    <name>VisitGoalDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_dialog.py" line="39"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_dialog.py" line="56"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visits/goal_dialog.py" line="58"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitRemoval</name>
    <message>
        <location filename="../../src/voordeur/gui/common/visit_removal.py" line="31"/>
        <source>Bezoek verwijderen</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/visit_removal.py" line="31"/>
        <source>Wil je het concept-bezoek van {when} verwijderen?

De notities, wie er waren, de thema’s en het volgende bezoek dat je hier plande, verdwijnen. Afspraken en scores die je bij dit bezoek vastlegde, blijven bewaard. Direct na het verwijderen kun je het nog ongedaan maken.</source>
        <translation>Do you want to delete the draft visit of {when}?

The notes, who was there, the themes and the next visit you planned here will be gone. Agreements and scores you recorded at this visit are kept. Right after deleting you can still undo it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/common/visit_removal.py" line="39"/>
        <source>Het concept-bezoek van {when} is verwijderd.</source>
        <translation>The draft visit of {when} has been deleted.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="89"/>
        <source>Bezoek openen</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="91"/>
        <source>Ver&amp;wijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="95"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="95"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="96"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="96"/>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="100"/>
        <source>Bezoeken, nieuwste eerst</source>
        <translation>Visits, newest first</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="112"/>
        <source>Nog geen bezoeken. Kies ‘Nieuw bezoek’ om er een vast te leggen.</source>
        <translation>No visits yet. Choose ‘New visit’ to record one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="135"/>
        <source>%n bezoek, nieuwste eerst</source>
        <translation>
            <numerusform>%n visit, newest first</numerusform>
            <numerusform>%n visits, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="136"/>
        <source>%n bezoeken, nieuwste eerst</source>
        <translation>
            <numerusform>%n visit, newest first</numerusform>
            <numerusform>%n visits, newest first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="171"/>
        <source>Vervallen: telt niet als contact</source>
        <translation>Void: does not count as contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="184"/>
        <source>Een concept-bezoek weghalen dat per ongeluk is aangemaakt</source>
        <translation>Remove a draft visit that was created by mistake</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="186"/>
        <source>Een definitief bezoek kun je niet verwijderen. Open het om het vervallen te verklaren.</source>
        <translation>A final visit cannot be deleted. Open it to mark it as void.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="197"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="198"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="201"/>
        <source>Definitief: open het om het vervallen te verklaren</source>
        <translation>Final: open it to mark it as void</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/visits_tab.py" line="223"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="82"/>
        <source>Welkom bij Voordeur</source>
        <translation>Welcome to Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="83"/>
        <source>Eerst richten we Voordeur in op deze laptop. Dat duurt een minuut.</source>
        <translation>First we set up Voordeur on this laptop. It takes a minute.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="86"/>
        <source>Voordeur helpt je bij het werk achter de voordeur: de huishoudens en hun netwerk, je bezoeken en notities, doelen en afspraken. Het werkt ook zonder internet.</source>
        <translation>Voordeur helps you with the work behind the front door: the households and their network, your visits and notes, goals and agreements. It also works without internet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="89"/>
        <source>Alles wat je invult, wordt versleuteld bewaard op deze laptop, in deze map:</source>
        <translation>Everything you enter is stored encrypted on this laptop, in this folder:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock/first_run.py" line="92"/>
        <source>Je kiest zo een wachtwoordzin en vult je naam in. Daarna maakt Voordeur de versleutelde opslag.</source>
        <translation>Next you choose a passphrase and enter your name. Then Voordeur creates the encrypted store.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="269"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="273"/>
        <source>geen partner bekend</source>
        <translation>no partner known</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="275"/>
        <source>De toestemming voor {partners} wordt ingetrokken. Vanaf de datum hieronder wordt er niets meer met deze partners gedeeld. De toestemming blijft in het dossier zichtbaar als ingetrokken.</source>
        <translation>The consent for {partners} is withdrawn. From the date below nothing more is shared with these partners. The consent stays visible in the file as withdrawn.</translation>
    </message>
    <message>
        <source>d-M-yyyy</source>
        <translation type="vanished">d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="290"/>
        <source>Ingetrokken &amp;op</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="299"/>
        <source>bijvoorbeeld: ouders willen eerst zelf met school praten</source>
        <translation>for example: parents first want to talk to the school themselves</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="301"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="306"/>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="286"/>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="313"/>
        <source>Intrekken kan niet vóór de datum van de toestemming.</source>
        <translation>Consent cannot be withdrawn before the date it was given.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="284"/>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="288"/>
        <location filename="../../src/voordeur/gui/households/consent_panel.py" line="317"/>
        <source>De datum van intrekken ligt in de toekomst.</source>
        <translation>The withdrawal date is in the future.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="114"/>
        <source>DEMO — alle gezinnen en namen zijn verzonnen. Deze gegevens worden gewist als je de app sluit.</source>
        <translation>DEMO — all families and names are made up. This data is erased when you close the app.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="125"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="144"/>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="144"/>
        <source>Vandaag en deze week</source>
        <translation>Today and this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="147"/>
        <source>Nieuw &amp;huishouden</source>
        <translation>New &amp;household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="147"/>
        <source>Een gezin toevoegen</source>
        <translation>Add a family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="150"/>
        <source>Nieuw &amp;bezoek</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="151"/>
        <source>Een bezoek beginnen bij het gekozen huishouden</source>
        <translation>Start a visit with the chosen household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="154"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="154"/>
        <source>Zoeken in notities, namen en afspraken</source>
        <translation>Search notes, names and agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="160"/>
        <source>&amp;Instellingen</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="160"/>
        <source>Taal, vergrendelen, sleutel</source>
        <translation>Language, locking, key</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="163"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="163"/>
        <source>Alle gegevens verbergen</source>
        <translation>Hide all data</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="209"/>
        <source>Kies eerst een huishouden in de lijst; dan kun je een bezoek beginnen.</source>
        <translation>First choose a household in the list; then you can start a visit.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app/workspace.py" line="361"/>
        <source>Dit bezoek is bijgewerkt met een wijziging van de teamserver.</source>
        <translation>This visit was updated with a change from the team server.</translation>
    </message>
</context>
</TS>
