<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="232"/>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="233"/>
        <source>Zo weet Voordeur wie er werkt.</source>
        <translation>So Voordeur knows who is working.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="235"/>
        <source>Je naam komt in het logboek bij alles wat je opent en wijzigt, en op de verslagen die je maakt.</source>
        <translation>Your name is recorded in the log with everything you open and change, and on the reports you make.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="237"/>
        <source>Je &amp;naam</source>
        <translation>Your na&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="238"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="239"/>
        <source>&amp;Wijk</source>
        <translation>Neighbour&amp;hood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="240"/>
        <source>bijvoorbeeld Sanne de Vries</source>
        <translation>for example Sanne de Vries</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="241"/>
        <source>bijvoorbeeld Sociaal wijkteam Zuid</source>
        <translation>for example Social neighbourhood team South</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="242"/>
        <source>bijvoorbeeld Zwolle-Zuid</source>
        <translation>for example Zwolle-Zuid</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="243"/>
        <source>Je naam is nodig; team en wijk mag je leeg laten en later aanvullen.</source>
        <translation>Your name is required; you may leave team and neighbourhood empty and add them later.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="557"/>
        <source>Afspraak bewerken</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="558"/>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="563"/>
        <source>bijvoorbeeld: Moeder belt de school</source>
        <translation>for example: Mother calls the school</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="564"/>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="570"/>
        <source>Ik (medewerker)</source>
        <translation>Me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="578"/>
        <source>W&amp;ie</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="581"/>
        <source>&amp;Uiterlijk op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="587"/>
        <source>d-M-yyyy</source>
        <translation>d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="588"/>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="616"/>
        <source>Schrijf op wat er gedaan wordt.</source>
        <translation>Write down what will be done.</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../src/voordeur/gui/app_window.py" line="105"/>
        <source>Voordeur</source>
        <translation>Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app_window.py" line="107"/>
        <source>Voordeur — demo (verzonnen gegevens)</source>
        <translation>Voordeur — demo (made-up data)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app_window.py" line="141"/>
        <source>Demo: de wachtwoordzin van deze demo-opslag is {passphrase}</source>
        <translation>Demo: the passphrase of this demo store is {passphrase}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app_window.py" line="276"/>
        <source>DEMO · verzonnen gegevens · {worker}</source>
        <translation>DEMO · made-up data · {worker}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/app_window.py" line="280"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
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
        <location filename="../../src/voordeur/model/catalogues.py" line="76"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="77"/>
        <source>JGZ / consultatiebureau</source>
        <translation>Youth health care / baby clinic</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="78"/>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="79"/>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="80"/>
        <source>Jeugdhulp</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="81"/>
        <source>Sociaal wijkteam</source>
        <translation>Social neighbourhood team</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="82"/>
        <source>Buurtwerk</source>
        <translation>Community work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="83"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis (domestic abuse advice)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="84"/>
        <source>Schuldhulpverlening</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="85"/>
        <source>Sportclub</source>
        <translation>Sports club</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="86"/>
        <source>Kerk / moskee</source>
        <translation>Church / mosque</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="87"/>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="88"/>
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="89"/>
        <source>Woningcorporatie</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="90"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="91"/>
        <source>Bibliotheek / taalhuis</source>
        <translation>Library / language centre</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="92"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="141"/>
        <source>Praktisch</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="142"/>
        <source>Gezelschap</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="143"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="144"/>
        <source>Emotioneel</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="180"/>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="181"/>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="182"/>
        <source>Op straat / plein</source>
        <translation>On the street / square</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="183"/>
        <source>Groepsbijeenkomst</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="184"/>
        <source>Overleg met partner</source>
        <translation>Meeting with a partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="232"/>
        <source>Doelen en scores</source>
        <translation>Goals and scores</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="233"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="234"/>
        <source>Verslagen van bezoeken</source>
        <translation>Visit reports</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="235"/>
        <source>Netwerk (ecogram)</source>
        <translation>Network (ecogram)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="236"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="259"/>
        <source>Echtscheiding</source>
        <translation>Divorce</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="260"/>
        <source>Overgewicht</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="261"/>
        <source>Taalachterstand</source>
        <translation>Language delay</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="262"/>
        <source>Schoolverzuim</source>
        <translation>School absence</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="263"/>
        <source>Opvoedvragen</source>
        <translation>Parenting questions</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="264"/>
        <source>Geldzorgen</source>
        <translation>Money worries</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="265"/>
        <source>Huisvesting</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="266"/>
        <source>Eenzaamheid</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="267"/>
        <source>Werk en inkomen</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="268"/>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="269"/>
        <source>Psychische gezondheid</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="270"/>
        <source>Verslaving</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="271"/>
        <source>Huiselijk geweld</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="272"/>
        <source>Mantelzorg</source>
        <translation>Informal care</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="273"/>
        <source>Ontwikkeling van het kind</source>
        <translation>Child development</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="86"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="87"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="88"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="89"/>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="91"/>
        <source>bereikt</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="92"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/model/catalogues.py" line="216"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="94"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="95"/>
        <source>vervallen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="96"/>
        <source>vrouw</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="97"/>
        <source>man</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="98"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="99"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="100"/>
        <source>gezinslid</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="101"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="102"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/i18n.py" line="103"/>
        <source>medewerker</source>
        <translation>worker</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="125"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="145"/>
        <source>(niet vastgelegd)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="159"/>
        <source>Andere organisatie kiezen…</source>
        <translation>Choose another organisation…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="215"/>
        <source>Schrijf op waarvoor de gegevens gedeeld mogen worden.</source>
        <translation>Write down what the information may be shared for.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="221"/>
        <source>Vink minstens één partner aan met wie gedeeld mag worden.</source>
        <translation>Tick at least one partner to share with.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="226"/>
        <source>Vink minstens één onderwerp aan dat gedeeld mag worden.</source>
        <translation>Tick at least one topic that may be shared.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="231"/>
        <source>De datum van de toestemming ligt in de toekomst.</source>
        <translation>The date of the consent is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="238"/>
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
        <location filename="../../ui/consent_dialog.ui" line="102"/>
        <location filename="../../ui/consent_dialog.ui" line="124"/>
        <source>d-M-yyyy</source>
        <translation>d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="115"/>
        <source>Geldig &amp;tot</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="125"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="346"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="346"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="346"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="346"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="347"/>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="347"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="347"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="355"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="372"/>
        <source>Er is nog geen toestemming vastgelegd. Zolang er geen geldige toestemming is, wordt er niets met partners gedeeld.</source>
        <translation>No consent has been recorded yet. As long as there is no valid consent, nothing is shared with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="376"/>
        <source>Toestemming vastle&amp;ggen…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="379"/>
        <source>Toeste&amp;mming intrekken…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="421"/>
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="463"/>
        <source>Doel: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="464"/>
        <source>Partners: {names}</source>
        <translation>Partners: {names}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="466"/>
        <source>Mag gedeeld worden: {topics}</source>
        <translation>May be shared: {topics}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="469"/>
        <source>Gegeven door {name} op {date}</source>
        <translation>Given by {name} on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="472"/>
        <source>Ingetrokken op {date}</source>
        <translation>Withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="478"/>
        <source>Bij naam genoemd: {names}</source>
        <translation>Mentioned by name: {names}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="75"/>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="76"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="77"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="78"/>
        <source>nog niet ingegaan</source>
        <translation>not yet in effect</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="86"/>
        <source>Geen geldige toestemming</source>
        <translation>No valid consent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/consent_panel.py" line="88"/>
        <source>Toestemming: geldig voor %n partner</source>
        <translation>
            <numerusform>Consent: valid for %n partner</numerusform>
            <numerusform>Consent: valid for %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/consent_panel.py" line="89"/>
        <source>Toestemming: geldig voor %n partners</source>
        <translation>
            <numerusform>Consent: valid for %n partner</numerusform>
            <numerusform>Consent: valid for %n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="96"/>
        <source>(geen partner meer bekend)</source>
        <translation>(partner no longer known)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="98"/>
        <source>{partners} — tot {date}</source>
        <translation>{partners} — until {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="101"/>
        <source>{partners} — zonder einddatum</source>
        <translation>{partners} — no end date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="105"/>
        <source>Er is nog geen toestemming vastgelegd. Deel niets met partners.</source>
        <translation>No consent has been recorded yet. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="107"/>
        <source>Ingetrokken op {date}. Deel niets met partners.</source>
        <translation>Withdrawn on {date}. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="110"/>
        <source>Verlopen op {date}. Deel niets met partners.</source>
        <translation>Expired on {date}. Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="113"/>
        <source>Deel niets met partners.</source>
        <translation>Share nothing with partners.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="282"/>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="283"/>
        <source>Kijk nog even of alles klopt.</source>
        <translation>Check that everything is right.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="284"/>
        <source>Dit wordt de opslag van Voordeur op deze laptop:</source>
        <translation>This will be Voordeur&apos;s store on this laptop:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="285"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="285"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="286"/>
        <source>Wijk:</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="286"/>
        <source>Sleutel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="287"/>
        <source>Gegevensmap:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="289"/>
        <source>Klik op ‘Opslag maken’ om te beginnen. Wil je iets veranderen, ga dan terug.</source>
        <translation>Click ‘Create store’ to begin. To change something, go back.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="296"/>
        <location filename="../../src/voordeur/gui/first_run.py" line="297"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="299"/>
        <source>in de sleutelhanger van het systeem, samen met je wachtwoordzin</source>
        <translation>in the system keyring, together with your passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="302"/>
        <source>alleen wachtwoordzin</source>
        <translation>passphrase only</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="308"/>
        <source>De versleutelde opslag wordt gemaakt…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="36"/>
        <source>De schijf is vol. Wat al was opgeslagen blijft bewaard; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. What was already saved is kept; free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="39"/>
        <source>Die wachtwoordzin klopt niet.</source>
        <translation>That passphrase is not right.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="43"/>
        <source>Te vaak een verkeerde wachtwoordzin. Probeer het over 1 seconde opnieuw.</source>
        <translation>Too many wrong passphrases. Try again in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/errors.py" line="44"/>
        <source>Te vaak een verkeerde wachtwoordzin. Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="47"/>
        <source>Deze wachtwoordzin is te kort of te eenvoudig.</source>
        <translation>This passphrase is too short or too simple.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="49"/>
        <source>De sleutelhanger van het systeem gaf de sleutel van deze laptop niet vrij. Ontgrendel de sleutelhanger (log opnieuw in) en probeer het nog eens.</source>
        <translation>The system keyring did not release this laptop&apos;s key. Unlock the keyring (log in again) and try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="52"/>
        <source>De sleutelkluis van deze gegevensmap ontbreekt. Zet hem terug uit een back-up; er wordt geen nieuwe, lege opslag gemaakt.</source>
        <translation>The key vault of this data folder is missing. Restore it from a backup; no new, empty store is created.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="55"/>
        <source>De opslag of de sleutelkluis is beschadigd. Er is niets gewist; zet een back-up terug of neem contact op met de helpdesk.</source>
        <translation>The store or the key vault is damaged. Nothing has been erased; restore a backup or contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="58"/>
        <source>De opslag kon niet worden geopend. Er is niets gewist; neem contact op met de helpdesk.</source>
        <translation>The store could not be opened. Nothing has been erased; contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="61"/>
        <source>Dit kan zo niet worden opgeslagen.</source>
        <translation>This cannot be saved like this.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="63"/>
        <source>Opslaan lukte niet door een probleem met de opslag. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.</source>
        <translation>Saving failed because of a problem with the store. What was already saved is kept; try again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/errors.py" line="65"/>
        <source>Er ging iets mis. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.</source>
        <translation>Something went wrong. What was already saved is kept; try again.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="351"/>
        <source>Voordeur instellen</source>
        <translation>Set up Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="352"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="353"/>
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="354"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="355"/>
        <source>Opslag &amp;maken</source>
        <translation>&amp;Create store</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="418"/>
        <source>De opslag is klaar.</source>
        <translation>The store is ready.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="431"/>
        <source>In deze gegevensmap staat al een Voordeur-opslag. Er is niets overschreven; sluit Voordeur en start opnieuw om hem te openen.</source>
        <translation>This data folder already holds a Voordeur store. Nothing has been overwritten; close Voordeur and start it again to open it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="435"/>
        <source>De sleutelhanger van het systeem werkt niet. Ga terug en kies een wachtwoordzin van minstens 12 tekens; dan is de sleutelhanger niet nodig.</source>
        <translation>The system keyring is not working. Go back and choose a passphrase of at least 12 characters; then the keyring is not needed.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="471"/>
        <source>Doel bewerken</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="471"/>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="477"/>
        <source>In de woorden van het gezin, bijvoorbeeld: ‘Wij hebben overzicht over onze rekeningen’</source>
        <translation>In the family&apos;s own words, for example: ‘We keep track of our bills’</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="481"/>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="486"/>
        <source>Het hele gezin</source>
        <translation>The whole family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="490"/>
        <source>&amp;Voor wie</source>
        <translation>&amp;For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="497"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="516"/>
        <source>Schrijf het doel op, in de woorden van het gezin.</source>
        <translation>Write down the goal, in the family&apos;s own words.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="520"/>
        <source>Het doel is te lang (hoogstens 1000 tekens).</source>
        <translation>The goal is too long (at most 1000 characters).</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="252"/>
        <source>Huishouden bewerken</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="253"/>
        <source>Nieuw huishouden</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="296"/>
        <source>Vul een naam in, bijvoorbeeld ‘Gezin Jansen’.</source>
        <translation>Enter a name, for example ‘Jansen family’.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="301"/>
        <source>De naam van de wijk is te lang.</source>
        <translation>The name of the neighbourhood is too long.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="309"/>
        <source>Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 8011 AB.</source>
        <translation>A postcode has four digits and two letters, for example 8011 AB.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="316"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties, + en -, bijvoorbeeld 06-12345678.</source>
        <translation>A phone number contains only digits, spaces, + and -, for example 06-12345678.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="321"/>
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
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="178"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="181"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="111"/>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="185"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="126"/>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="103"/>
        <source>geen toestemming</source>
        <translation>no consent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_list.py" line="105"/>
        <source>%n afspraak te laat</source>
        <translation>
            <numerusform>%n agreement overdue</numerusform>
            <numerusform>%n agreements overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_list.py" line="106"/>
        <source>%n afspraken te laat</source>
        <translation>
            <numerusform>%n agreement overdue</numerusform>
            <numerusform>%n agreements overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="115"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="119"/>
        <source>contact {date}</source>
        <translation>contact {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="121"/>
        <source>nog geen contact</source>
        <translation>no contact yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="123"/>
        <source>bezoek {date}</source>
        <translation>visit {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="131"/>
        <source>Wijk: {wijk}</source>
        <translation>Neighbourhood: {wijk}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="133"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="134"/>
        <source>Laatste contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="135"/>
        <source>Nog geen contact</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="136"/>
        <source>Volgende bezoek: {date}</source>
        <translation>Next visit: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="137"/>
        <source>Geen bezoek gepland</source>
        <translation>No visit planned</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="139"/>
        <source>Geen geldige toestemming om te delen</source>
        <translation>No valid consent to share</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="141"/>
        <source>Afspraken te laat: {n}</source>
        <translation>Overdue agreements: {n}</translation>
    </message>
</context>
<context>
    <name>HouseholdListPanel</name>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="382"/>
        <source>Zoek op naam, gezinslid of wijk…</source>
        <translation>Search by name, family member or neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="384"/>
        <source>Huishoudens zoeken</source>
        <translation>Search households</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="389"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="392"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="393"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="394"/>
        <location filename="../../src/voordeur/gui/household_list.py" line="397"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_list.py" line="399"/>
        <source>Geen contact sinds %n weken</source>
        <translation>
            <numerusform>No contact for %n week</numerusform>
            <numerusform>No contact for %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="402"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="403"/>
        <source>Laatste contact (langst geleden eerst)</source>
        <translation>Last contact (longest ago first)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="405"/>
        <source>Volgende bezoek (eerst komend)</source>
        <translation>Next visit (soonest first)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="422"/>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="429"/>
        <location filename="../../src/voordeur/gui/household_list.py" line="594"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="439"/>
        <source>&amp;Wijk</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="440"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="441"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="442"/>
        <source>S&amp;orteren</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="598"/>
        <source>Nog geen huishoudens. Kies ‘Nieuw huishouden’ om er een toe te voegen.</source>
        <translation>No households yet. Choose ‘New household’ to add one.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="601"/>
        <source>Geen huishoudens gevonden met deze filters.</source>
        <translation>No households found with these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_list.py" line="608"/>
        <source>%n huishoudens</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_list.py" line="609"/>
        <source>%n huishouden</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_list.py" line="611"/>
        <source>{shown} van {total} huishoudens</source>
        <translation>{shown} of {total} households</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="679"/>
        <source>Kies een huishouden in de lijst.</source>
        <translation>Choose a household in the list.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="680"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="705"/>
        <source>&amp;Nieuw bezoek</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="709"/>
        <location filename="../../src/voordeur/gui/household_page.py" line="834"/>
        <source>Af&amp;sluiten…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="738"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="740"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="741"/>
        <source>&amp;Toestemming</source>
        <translation>Con&amp;sent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="821"/>
        <source>Dit huishouden bestaat niet (meer) op deze laptop.</source>
        <translation>This household does not exist (any more) on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="836"/>
        <source>afgesloten op {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="707"/>
        <source>Huishouden bewer&amp;ken…</source>
        <translation>Edit &amp;household…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="739"/>
        <source>B&amp;ezoeken</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="843"/>
        <source>He&amp;ropenen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="844"/>
        <source>Wijk {wijk}</source>
        <translation>Neighbourhood {wijk}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="845"/>
        <source>Geen wijk</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="851"/>
        <source>in zorg sinds {date}</source>
        <translation>in care since {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="864"/>
        <source>Deel niets met partners.</source>
        <translation>Share nothing with partners.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="911"/>
        <source>Huishouden afsluiten</source>
        <translation>Close household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="912"/>
        <source>Wil je {name} afsluiten? Het huishouden verdwijnt uit de lijst met actieve huishoudens. De gegevens blijven bewaard en je kunt het later heropenen.</source>
        <translation>Do you want to close {name}? The household disappears from the list of active households. The information is kept and you can reopen it later.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="922"/>
        <source>Wil je {name} weer actief maken?</source>
        <translation>Do you want to make {name} active again?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="947"/>
        <source>Wil je {name} uit dit huishouden verwijderen? Ook de lijnen in het genogram en ecogram met deze persoon verdwijnen. Afspraken en toestemmingen blijven bewaard.</source>
        <translation>Do you want to remove {name} from this household? The lines to this person in the genogram and ecogram disappear too. Agreements and consents are kept.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="915"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="921"/>
        <source>Huishouden heropenen</source>
        <translation>Reopen household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="923"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="946"/>
        <source>Gezinslid verwijderen</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="950"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="81"/>
        <source>geboren {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="83"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="85"/>
        <source>ca. {age} jaar ({year})</source>
        <translation>about {age} years ({year})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_page.py" line="86"/>
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="92"/>
        <source>indexpersoon</source>
        <translation>index person</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="94"/>
        <source>overleden</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="101"/>
        <source>nog geen score</source>
        <translation>no score yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="102"/>
        <source>{score}/10 op {date}</source>
        <translation>{score}/10 on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="129"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="132"/>
        <source>{date} — te laat</source>
        <translation>{date} — overdue</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="362"/>
        <source>Gezinslid bewerken</source>
        <translation>Edit family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="363"/>
        <source>Gezinslid toevoegen</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="380"/>
        <source>bijvoorbeeld moeder, zoon, oma</source>
        <translation>for example mother, son, grandma</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="417"/>
        <source>Vul een voornaam of een rol in (bijvoorbeeld ‘oma’).</source>
        <translation>Enter a first name or a role (for example ‘grandma’).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="421"/>
        <source>De rol is te lang (hoogstens 100 tekens).</source>
        <translation>The role is too long (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="429"/>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_dialogs.py" line="436"/>
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
        <location filename="../../ui/member_dialog.ui" line="79"/>
        <source>d-M-yyyy</source>
        <translation>d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="80"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="85"/>
        <source>Alleen geboorte&amp;jaar</source>
        <translation>Only year of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="92"/>
        <source>Geboortejaar</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="97"/>
        <source>&amp;Onbekend</source>
        <translation>&amp;Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="111"/>
        <source>O&amp;verleden</source>
        <translation>Dec&amp;eased</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="116"/>
        <source>&amp;Indexpersoon</source>
        <translation>&amp;Index person</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="121"/>
        <source>De indexpersoon is de persoon om wie de hulpvraag draait; er is er één per huishouden.</source>
        <translation>The index person is the person the request for help is about; there is one per household.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="196"/>
        <source>Vandaag en deze week</source>
        <translation>Today and this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="208"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="210"/>
        <source>Het overzicht opnieuw laden (F5)</source>
        <translation>Load the overview again (F5)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="235"/>
        <source>Aantal weken zonder contact</source>
        <translation>Number of weeks without contact</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="237"/>
        <source>&amp;Weken zonder contact:</source>
        <translation>&amp;Weeks without contact:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="286"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="302"/>
        <source>Bijwerken…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="334"/>
        <source> week</source>
        <translation> week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="335"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="354"/>
        <source>Vandaag staan er geen bezoeken gepland.</source>
        <translation>No visits are planned for today.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="357"/>
        <source>Deze week staan er verder geen bezoeken gepland.</source>
        <translation>No other visits are planned this week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="360"/>
        <source>Geen afspraken die te laat zijn.</source>
        <translation>No agreements are overdue.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="363"/>
        <source>Deze week hoeven er geen afspraken af te zijn.</source>
        <translation>No agreements are due this week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="366"/>
        <source>Met elk actief huishouden was er contact in de afgelopen {weeks} weken.</source>
        <translation>Every active household was contacted in the past {weeks} weeks.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="368"/>
        <source>Met elk actief huishouden was er contact in de afgelopen week.</source>
        <translation>Every active household was contacted in the past week.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="374"/>
        <source>{date} · week {week}</source>
        <translation>{date} · week {week}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="382"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="383"/>
        <source>Later deze week</source>
        <translation>Later this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="385"/>
        <source>Afspraken te laat</source>
        <translation>Overdue agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="387"/>
        <source>Afspraken deze week</source>
        <translation>Agreements due this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="390"/>
        <source>Geen contact in de afgelopen week</source>
        <translation>No contact in the past week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="391"/>
        <source>Geen contact in {weeks} weken</source>
        <translation>No contact in {weeks} weeks</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="426"/>
        <source>volgend bezoek</source>
        <translation>next visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="439"/>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="442"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="446"/>
        <source>een gezinslid</source>
        <translation>a family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="447"/>
        <source>iemand uit het netwerk</source>
        <translation>someone from the network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="448"/>
        <source>een partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="449"/>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="451"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="456"/>
        <source>te laat sinds {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="458"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="459"/>
        <source>{count} dagen</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="463"/>
        <source>uiterlijk vandaag</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="464"/>
        <source>uiterlijk {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="468"/>
        <source>Wie: {owner}</source>
        <translation>Who: {owner}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="483"/>
        <source>Laatste contact: nog nooit</source>
        <translation>Last contact: never</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="486"/>
        <source>1 week geleden</source>
        <translation>1 week ago</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="487"/>
        <source>{weeks} weken geleden</source>
        <translation>{weeks} weeks ago</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="488"/>
        <source>Laatste contact: {date} ({ago})</source>
        <translation>Last contact: {date} ({ago})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="155"/>
        <source>Minder tonen</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/overview_page.py" line="156"/>
        <source>Alle {count} tonen</source>
        <translation>Show all {count}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="244"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="253"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="266"/>
        <location filename="../../src/voordeur/gui/household_page.py" line="269"/>
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="268"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="268"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="268"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="268"/>
        <source>Bijzonderheden</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="272"/>
        <source>Nog geen gezinsleden.</source>
        <translation>No family members yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="275"/>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="273"/>
        <source>&amp;Lid toevoegen…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="277"/>
        <source>Verwij&amp;deren…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="290"/>
        <location filename="../../src/voordeur/gui/household_page.py" line="294"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="292"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="292"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="292"/>
        <source>Laatste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="293"/>
        <source>Verloop</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="295"/>
        <source>Nog geen actieve doelen.</source>
        <translation>No active goals yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="301"/>
        <location filename="../../src/voordeur/gui/household_page.py" line="304"/>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="303"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="303"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="303"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="305"/>
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="324"/>
        <source>Volgende bezoek: {date}</source>
        <translation>Next visit: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="326"/>
        <source>Volgende bezoek: nog niet gepland</source>
        <translation>Next visit: not planned yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="328"/>
        <source>Laatste contact: {date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="329"/>
        <source>Nog geen contact vastgelegd</source>
        <translation>No contact recorded yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="353"/>
        <source>hele gezin</source>
        <translation>whole family</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="140"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="141"/>
        <source>Hiermee open je Voordeur voortaan, elke keer.</source>
        <translation>From now on you open Voordeur with this, every time.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="143"/>
        <source>Niemand kan de wachtwoordzin voor je terughalen: ben je hem kwijt, dan is de opslag op deze laptop niet meer te openen. Schrijf hem niet op een briefje bij de laptop.</source>
        <translation>Nobody can recover the passphrase for you: if you lose it, the store on this laptop can no longer be opened. Do not write it on a note kept with the laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="146"/>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="147"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="148"/>
        <source>Tekens &amp;tonen</source>
        <translation>&amp;Show characters</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="157"/>
        <source>Even kijken hoe deze laptop de sleutel kan bewaren…</source>
        <translation>Checking how this laptop can keep the key…</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="19"/>
        <source>Deze laptop heeft een beveiligde sleutelhanger; een pincode van 6 cijfers is genoeg.</source>
        <translation>This laptop has a secure keyring; a PIN of 6 digits is enough.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="22"/>
        <source>Deze laptop heeft geen beveiligde sleutelhanger. Kies een wachtwoordzin van minstens 12 tekens.</source>
        <translation>This laptop has no secure keyring. Choose a passphrase of at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="35"/>
        <source>Nog te kort: kies minstens {minimum} tekens, bijvoorbeeld een pincode van 6 cijfers (nu {count}).</source>
        <translation>Still too short: choose at least {minimum} characters, for example a PIN of 6 digits (now {count}).</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="39"/>
        <source>Nog te kort: kies minstens {minimum} tekens (nu {count}). Een pincode is op deze laptop niet genoeg.</source>
        <translation>Still too short: choose at least {minimum} characters (now {count}). A PIN is not enough on this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="49"/>
        <source>Vul de wachtwoordzin nog een keer in.</source>
        <translation>Enter the passphrase once more.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/passphrase_rules.py" line="52"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="480"/>
        <source>Doelen, in de woorden van het gezin</source>
        <translation>Goals, in the family&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="483"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="483"/>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="483"/>
        <location filename="../../src/voordeur/gui/household_page.py" line="506"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="484"/>
        <source>Scores (oud → nieuw)</source>
        <translation>Scores (old → new)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="485"/>
        <source>Laatste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="487"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="490"/>
        <source>&amp;Doel toevoegen…</source>
        <translation>Add &amp;goal…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="492"/>
        <source>Doel be&amp;werken…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="511"/>
        <source>Ook afgeronde afspraken tonen</source>
        <translation>Also show finished agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="516"/>
        <source>A&amp;fspraak toevoegen…</source>
        <translation>&amp;Add agreement…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="519"/>
        <source>&amp;Afspraak bewerken…</source>
        <translation>Ed&amp;it agreement…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="523"/>
        <source>Verva&amp;llen</source>
        <translation>&amp;Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="526"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="528"/>
        <source>Zet de afspraak weer op open</source>
        <translation>Set the agreement back to open</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="502"/>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="505"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="505"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="506"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="508"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="521"/>
        <source>&amp;Gedaan</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="564"/>
        <source>hele gezin</source>
        <translation>whole family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="590"/>
        <source>{status} op {date}</source>
        <translation>{status} on {date}</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="34"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="35"/>
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="36"/>
        <source>Krachten</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="37"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="40"/>
        <source>Definitief gemaakt</source>
        <translation>Made final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="41"/>
        <source>Gewijzigd na definitief</source>
        <translation>Changed after final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="42"/>
        <source>Samengevoegd bij synchroniseren</source>
        <translation>Merged while syncing</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="43"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="96"/>
        <source>Revisies van het bezoek</source>
        <translation>Revisions of the visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="100"/>
        <source>&amp;Veld:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="102"/>
        <source>&amp;Verschillen met de vorige versie tonen</source>
        <translation>&amp;Show differences from the previous version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="108"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="115"/>
        <source>Tekst van de gekozen versie</source>
        <translation>Text of the chosen version</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="119"/>
        <source>Revisies worden geladen…</source>
        <translation>Loading revisions…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="173"/>
        <source>{field} (1 versie)</source>
        <translation>{field} (1 version)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="174"/>
        <source>{field} ({count} versies)</source>
        <translation>{field} ({count} versions)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="179"/>
        <source>Er zijn nog geen revisies: het bezoek is nog niet definitief gemaakt.</source>
        <translation>There are no revisions yet: the visit has not been made final.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="182"/>
        <source>Nieuwste versie bovenaan. Wat is weggehaald is doorgestreept, wat is toegevoegd is onderstreept.</source>
        <translation>Newest version at the top. Removed text is struck through, added text is underlined.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="207"/>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="227"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="228"/>
        <source>{reason} op {when} door {who}.</source>
        <translation>{reason} on {when} by {who}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="232"/>
        <source>Dit is de eerste bewaarde versie.</source>
        <translation>This is the first saved version.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="234"/>
        <source>Vergeleken met de versie van {when}.</source>
        <translation>Compared with the version of {when}.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/revisions_dialog.py" line="242"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="270"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="278"/>
        <source>&amp;Zoek in notities, namen, afspraken en doelen</source>
        <translation>&amp;Search notes, names, agreements and goals</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="281"/>
        <source>Bijvoorbeeld: voetbal, Jansen, huiswerk</source>
        <translation>For example: football, Jansen, homework</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="283"/>
        <source>Zoekvraag</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="291"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="293"/>
        <source>↑ ↓ kiezen · Enter openen · Esc sluiten</source>
        <translation>↑ ↓ choose · Enter open · Esc close</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="358"/>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="396"/>
        <source>Geen resultaten voor “{query}”.</source>
        <translation>No results for “{query}”.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="398"/>
        <source>Tip: alle woorden moeten voorkomen. Probeer minder woorden of het begin van een woord, bijvoorbeeld “voetb”.</source>
        <translation>Tip: every word must occur. Try fewer words or the start of a word, for example “footb”.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="402"/>
        <source>De eerste {count} resultaten. Typ meer woorden om verder te zoeken.</source>
        <translation>The first {count} results. Type more words to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="405"/>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="407"/>
        <source>{count} resultaten</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="410"/>
        <source>Typ een naam, een woord uit een notitie, een afspraak of een doel.</source>
        <translation>Type a name, or a word from a note, an agreement or a goal.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="421"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="423"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="424"/>
        <source>gezinslid</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="425"/>
        <source>afspraak</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="426"/>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="427"/>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="434"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="436"/>
        <source>{kind} van {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/search_dialog.py" line="440"/>
        <source>uiterlijk {date}</source>
        <translation>due {date}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="181"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="182"/>
        <source>%n minuten</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="230"/>
        <source>In deze gegevensmap staat nog geen opslag.</source>
        <translation>There is no store in this data folder yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="252"/>
        <source>Nu: in de sleutelhanger van het systeem, samen met je wachtwoordzin of pincode.</source>
        <translation>Now: in the system keyring, together with your passphrase or PIN.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="255"/>
        <source>Nu: alleen wachtwoordzin.</source>
        <translation>Now: passphrase only.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="259"/>
        <source>Deze laptop heeft geen beveiligde sleutelhanger, dus de sleutel kan hier alleen met de wachtwoordzin worden bewaard.</source>
        <translation>This laptop has no secure keyring, so here the key can only be kept with the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="284"/>
        <source>De sleutel gaat naar de sleutelhanger van het systeem. Vul ter controle je huidige wachtwoordzin in.</source>
        <translation>The key moves to the system keyring. Enter your current passphrase to confirm.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="288"/>
        <source>De sleutel gaat uit de sleutelhanger. Daarna opent alleen je wachtwoordzin de opslag, en die moet minstens 12 tekens hebben.</source>
        <translation>The key leaves the keyring. After that only your passphrase opens the store, and it must have at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="309"/>
        <source>Je huidige wachtwoordzin heeft minder dan 12 tekens. Kies hieronder een nieuwe van minstens 12 tekens.</source>
        <translation>Your current passphrase has fewer than 12 characters. Choose a new one of at least 12 characters below.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="342"/>
        <source>Bezig met de sleutel…</source>
        <translation>Working on the key…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="353"/>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="358"/>
        <source>De sleutel is verplaatst.</source>
        <translation>The key has been moved.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="355"/>
        <source>De sleutel is verplaatst. Gebruik voortaan je nieuwe wachtwoordzin.</source>
        <translation>The key has been moved. From now on, use your new passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="371"/>
        <source>De sleutelhanger van het systeem werkt nu niet. Er is niets veranderd.</source>
        <translation>The system keyring is not working right now. Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="376"/>
        <source>De sleutel staat nog op de oude plek.</source>
        <translation>The key is still where it was.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="409"/>
        <source>Het bestandsbeheer kon niet worden geopend. De map staat hierboven; je kunt hem kopiëren.</source>
        <translation>The file manager could not be opened. The folder is shown above; you can copy it.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="414"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/settings_dialog.py" line="418"/>
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
    <name>ThemeChips</name>
    <message>
        <location filename="../../src/voordeur/gui/chips.py" line="139"/>
        <source>gekozen</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/chips.py" line="139"/>
        <source>niet gekozen</source>
        <translation>not selected</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="237"/>
        <source>Vul je wachtwoordzin in om verder te werken.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="238"/>
        <source>Gegevensmap: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="240"/>
        <source>&amp;Wachtwoordzin of pincode</source>
        <translation>&amp;Passphrase or PIN</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="241"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="279"/>
        <source>Vul eerst je wachtwoordzin in.</source>
        <translation>Enter your passphrase first.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="316"/>
        <location filename="../../src/voordeur/gui/unlock.py" line="329"/>
        <source>Er is te vaak een verkeerde wachtwoordzin ingevuld.</source>
        <translation>A wrong passphrase was entered too often.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="348"/>
        <source>Deze opslag is beveiligd met de sleutelhanger van het systeem, maar die is nu niet bereikbaar. Log in op deze laptop met je eigen account en probeer het opnieuw; er is niets gewist.</source>
        <translation>This store is protected with the system keyring, but it cannot be reached now. Log in to this laptop with your own account and try again; nothing has been erased.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="367"/>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="368"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/unlock.py" line="388"/>
        <source>Probeer het over 1 seconde opnieuw.</source>
        <translation>Try again in 1 second.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/unlock.py" line="390"/>
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
        <location filename="../../src/voordeur/gui/visit_editor.py" line="205"/>
        <source>Dit bezoek is definitief. Wat je nu wijzigt, wordt als revisie bewaard.</source>
        <translation>This visit is final. What you change now is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="255"/>
        <source>← &amp;Terug naar huishouden</source>
        <translation>← &amp;Back to household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="288"/>
        <source>&amp;Revisies bekijken…</source>
        <translation>&amp;View revisions…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="294"/>
        <source>&amp;Definitief maken…</source>
        <translation>Make &amp;final…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="325"/>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="444"/>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="331"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="332"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="336"/>
        <source>bijv. thuis, Huis van de Wijk</source>
        <translation>e.g. at home, community centre</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="338"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="340"/>
        <source>Datu&amp;m en tijd</source>
        <translation>Date and ti&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="345"/>
        <source>D&amp;uur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="347"/>
        <source>&amp;Locatie</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="357"/>
        <source>Wat is er besproken? Typ gerust tijdens het gesprek: alles wordt vanzelf opgeslagen.</source>
        <translation>What was discussed? Feel free to type during the conversation: everything is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="364"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="382"/>
        <source>bijv. tolk, juf van Sem</source>
        <translation>e.g. interpreter, Sem&apos;s teacher</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="383"/>
        <source>Er zijn nog geen gezinsleden vastgelegd.</source>
        <translation>No family members have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="386"/>
        <source>&amp;Aanwezig</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="389"/>
        <source>Anders aan&amp;wezig</source>
        <translation>&amp;Others present</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="395"/>
        <source>De vraag van het gezin, in hun eigen woorden</source>
        <translation>The family&apos;s question, in their own words</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="399"/>
        <source>Wat gaat goed? Eén per regel</source>
        <translation>What is going well? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="402"/>
        <source>Waar maken jullie je zorgen over? Eén per regel</source>
        <translation>What are you worried about? One per line</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="404"/>
        <source>&amp;Hulpvraag</source>
        <translation>&amp;Request for help</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="405"/>
        <source>&amp;Krachten</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="406"/>
        <source>&amp;Zorgen</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="414"/>
        <source>Th&amp;ema&apos;s</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="420"/>
        <source>Doelen — schaalvraag (0 tot 10)</source>
        <translation>Goals — scaling question (0 to 10)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="430"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="440"/>
        <source>&amp;Volgend bezoek gepland</source>
        <translation>Ne&amp;xt visit planned</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="467"/>
        <source>Wat wordt er gedaan?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="475"/>
        <source>dd-MM-yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="478"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="479"/>
        <source>Toevoe&amp;gen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="488"/>
        <source>Nieuwe afs&amp;praak</source>
        <translation>New a&amp;greement</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="491"/>
        <source>W&amp;ie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="493"/>
        <source>Uiterlijk &amp;op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="551"/>
        <source>Het bezoek wordt geladen…</source>
        <translation>Loading the visit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="564"/>
        <source>Een nieuw bezoek wordt aangemaakt…</source>
        <translation>Creating a new visit…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="588"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="589"/>
        <source>Opslaan lukt op dit moment niet: {error}

Als je nu een ander bezoek opent, kan wat je sinds de laatste keer opslaan typte verloren gaan. Kopieer het eventueel eerst.</source>
        <translation>Saving does not work at the moment: {error}

If you open another visit now, what you typed since the last save may be lost. You may want to copy it first.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="681"/>
        <source>Dit bezoek bestaat niet (meer). Het kan verwijderd zijn.</source>
        <translation>This visit does not exist (any more). It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="745"/>
        <source>⚠ Niet opgeslagen</source>
        <translation>⚠ Not saved</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="748"/>
        <source>Opslaan lukte niet: {error} Je tekst blijft staan; er wordt opnieuw geprobeerd.</source>
        <translation>Saving failed: {error} Your text stays; saving will be tried again.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="755"/>
        <source>Wijzigingen worden opgeslagen…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="762"/>
        <source>Opgeslagen {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="764"/>
        <source>Opgeslagen {date} {time}</source>
        <translation>Saved {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="832"/>
        <source>Dit gezin heeft nog geen actieve doelen.</source>
        <translation>This family has no active goals yet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="844"/>
        <source>Score voor: {goal}</source>
        <translation>Score for: {goal}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="853"/>
        <source>vorige keer: {score} ({date})</source>
        <translation>last time: {score} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="856"/>
        <source>nog geen eerdere score</source>
        <translation>no earlier score yet</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="875"/>
        <source>Geen open afspraken.</source>
        <translation>No open agreements.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="888"/>
        <source>Aanvinken als het gedaan is</source>
        <translation>Tick when it is done</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="906"/>
        <source>ik (medewerker)</source>
        <translation>me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="913"/>
        <source>te laat: was {date}</source>
        <translation>overdue: was {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="916"/>
        <source>vóór {date}</source>
        <translation>before {date}</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="920"/>
        <source>nieuw bij dit bezoek</source>
        <translation>new at this visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="927"/>
        <source>Ik (medewerker)</source>
        <translation>Me (worker)</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="958"/>
        <source>Vul eerst in wat er wordt gedaan.</source>
        <translation>First enter what will be done.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="982"/>
        <source>Afspraak toegevoegd</source>
        <translation>Agreement added</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="1107"/>
        <source>Bezoek definitief maken</source>
        <translation>Make visit final</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="1108"/>
        <source>Wil je dit bezoek definitief maken?

Je kunt daarna nog steeds wijzigen, maar elke wijziging wordt als revisie bewaard.</source>
        <translation>Do you want to make this visit final?

You can still make changes afterwards, but every change is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="1135"/>
        <source>Het bezoek is definitief gemaakt.</source>
        <translation>The visit has been made final.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/visit_editor.py" line="1138"/>
        <source>Definitief maken lukte niet: {error}</source>
        <translation>Making it final did not work: {error}</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="398"/>
        <source>Bezoek openen</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="402"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="402"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="402"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="403"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="403"/>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="407"/>
        <source>Bezoeken, nieuwste eerst</source>
        <translation>Visits, newest first</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/household_page.py" line="417"/>
        <source>Nog geen bezoeken. Kies ‘Nieuw bezoek’ om er een vast te leggen.</source>
        <translation>No visits yet. Choose ‘New visit’ to record one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_page.py" line="431"/>
        <source>%n bezoek, nieuwste eerst</source>
        <translation>
            <numerusform>%n visit, newest first</numerusform>
            <numerusform>%n visits, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/voordeur/gui/household_page.py" line="432"/>
        <source>%n bezoeken, nieuwste eerst</source>
        <translation>
            <numerusform>%n visit, newest first</numerusform>
            <numerusform>%n visits, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="81"/>
        <source>Welkom bij Voordeur</source>
        <translation>Welcome to Voordeur</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="82"/>
        <source>Eerst richten we Voordeur in op deze laptop. Dat duurt een minuut.</source>
        <translation>First we set up Voordeur on this laptop. It takes a minute.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="85"/>
        <source>Voordeur helpt je bij het werk achter de voordeur: de huishoudens en hun netwerk, je bezoeken en notities, doelen en afspraken. Het werkt ook zonder internet.</source>
        <translation>Voordeur helps you with the work behind the front door: the households and their network, your visits and notes, goals and agreements. It also works without internet.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="88"/>
        <source>Alles wat je invult, wordt versleuteld bewaard op deze laptop, in deze map:</source>
        <translation>Everything you enter is stored encrypted on this laptop, in this folder:</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/first_run.py" line="91"/>
        <source>Je kiest zo een wachtwoordzin en vult je naam in. Daarna maakt Voordeur de versleutelde opslag.</source>
        <translation>Next you choose a passphrase and enter your name. Then Voordeur creates the encrypted store.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="266"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="270"/>
        <source>geen partner bekend</source>
        <translation>no partner known</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="272"/>
        <source>De toestemming voor {partners} wordt ingetrokken. Vanaf de datum hieronder wordt er niets meer met deze partners gedeeld. De toestemming blijft in het dossier zichtbaar als ingetrokken.</source>
        <translation>The consent for {partners} is withdrawn. From the date below nothing more is shared with these partners. The consent stays visible in the file as withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="281"/>
        <source>d-M-yyyy</source>
        <translation>d/M/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="285"/>
        <source>Ingetrokken &amp;op</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="294"/>
        <source>bijvoorbeeld: ouders willen eerst zelf met school praten</source>
        <translation>for example: parents first want to talk to the school themselves</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="296"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="301"/>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="308"/>
        <source>Intrekken kan niet vóór de datum van de toestemming.</source>
        <translation>Consent cannot be withdrawn before the date it was given.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/consent_panel.py" line="312"/>
        <source>De datum van intrekken ligt in de toekomst.</source>
        <translation>The withdrawal date is in the future.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="97"/>
        <source>DEMO — alle gezinnen en namen zijn verzonnen. Deze gegevens worden gewist als je de app sluit.</source>
        <translation>DEMO — all families and names are made up. This data is erased when you close the app.</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="108"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="127"/>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="127"/>
        <source>Vandaag en deze week</source>
        <translation>Today and this week</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="130"/>
        <source>Nieuw &amp;huishouden</source>
        <translation>New &amp;household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="130"/>
        <source>Een gezin toevoegen</source>
        <translation>Add a family</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="133"/>
        <source>Nieuw &amp;bezoek</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="134"/>
        <source>Een bezoek beginnen bij het gekozen huishouden</source>
        <translation>Start a visit with the chosen household</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="137"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="137"/>
        <source>Zoeken in notities, namen en afspraken</source>
        <translation>Search notes, names and agreements</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="143"/>
        <source>&amp;Instellingen</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="143"/>
        <source>Taal, vergrendelen, sleutel</source>
        <translation>Language, locking, key</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="146"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="146"/>
        <source>Alle gegevens verbergen</source>
        <translation>Hide all data</translation>
    </message>
    <message>
        <location filename="../../src/voordeur/gui/workspace.py" line="183"/>
        <source>Kies eerst een huishouden in de lijst; dan kun je een bezoek beginnen.</source>
        <translation>First choose a household in the list; then you can start a visit.</translation>
    </message>
</context>
</TS>
