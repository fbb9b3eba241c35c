# De vragen van de rekenhulp (www/vragen.js): per vraag de vraag zelf, een hulptekst, de eenheid
# en de keuzes, in B1-Nederlands. Welke vragen gesteld worden, beslist de rekenkern; dit bestand
# zegt alleen hoe. De sleutel volgt het antwoordveld: `aanvrager.leeftijd` is
# vraag-aanvrager-leeftijd, een gegeven van een kind, volwassene of kostenpost heet
# vraag-kind-…, vraag-medebewoner-…, vraag-kost-….

## Onderwerpen: een scherm per onderwerp
onderwerp-huishouden = Uw huishouden
onderwerp-inkomen = Uw inkomen
onderwerp-vermogen = Uw geld en bezit
onderwerp-situatie = Uw situatie
onderwerp-kosten = Uw kosten

## Eenheden, achter het invulveld en in het overzicht van de antwoorden. Naast het lege veld is
## er geen $aantal: dan geldt de vorm met * ervoor.
eenheid-jaar = { $aantal ->
   *[other] jaar
}
eenheid-maanden = { $aantal ->
    [one] maand
   *[other] maanden
}
eenheid-km = km

## Een kind, een andere volwassene: de kop boven de gegevens van elk
item-kind = Kind { $nummer }
item-medebewoner = Volwassene { $nummer }

## Uw huishouden
vraag-aanvrager-leeftijd = Hoe oud bent u?
vraag-heeft-partner = Heeft u een partner?
hulp-heeft-partner = Getrouwd, geregistreerd partner of samenwonend.
vraag-partner-leeftijd = Hoe oud is uw partner?
vraag-partner-woont-elders = Bent u getrouwd of heeft u een partner, maar woont u niet samen?
vraag-kinderen = Hoeveel kinderen onder de 18 wonen bij u?
hulp-kinderen = Vul 0 in als er geen kinderen bij u wonen.
vraag-medebewoners = Hoeveel andere volwassenen (18 jaar of ouder) wonen bij u?
hulp-medebewoners = Bijvoorbeeld een volwassen kind, een ouder of een huisgenoot. Niet uw partner. Vul 0 in als er niemand anders woont. Zij kunnen "kostendeler" zijn: dan is uw bijstandsnorm lager.
vraag-kind-leeftijd = Leeftijd
vraag-medebewoner-leeftijd = Leeftijd
vraag-medebewoner-student = Studeert met studiefinanciering of WTOS?
vraag-medebewoner-commerciele-huurder = Huurt een kamer van u tegen een gewone prijs?

## Uw inkomen
vraag-aanvrager-inkomen = Wat is uw inkomen per maand?
vraag-partner-inkomen = Wat is het inkomen van uw partner per maand?
hulp-inkomen = Netto per maand, zonder vakantiegeld. Tel mee: loon, uitkering, pensioen, alimentatie voor uzelf. Tel niet mee: huurtoeslag, zorgtoeslag, kinderbijslag en kindgebonden budget. Giften tot € 1.200 per jaar voor uw hele huishouden tellen sinds 2026 niet mee, en hulp van de voedselbank ook niet.
vraag-aanvrager-inkomensbron = Waar komt uw inkomen vooral vandaan?
hulp-aanvrager-inkomensbron = Krijgt u een bijstandsuitkering van de gemeente, kies dan bijstand, ook als u daarnaast iets verdient.
vraag-partner-inkomensbron = Waar komt het inkomen van uw partner vooral vandaan?
keuze-inkomensbron-bijstand = Bijstand (uitkering van de gemeente)
keuze-inkomensbron-aow = AOW of pensioen
keuze-inkomensbron-loon = Werk (loon)
keuze-inkomensbron-uitkering = Een andere uitkering, zoals WW of WIA
keuze-inkomensbron-studiefinanciering = Studiefinanciering
keuze-inkomensbron-ondernemer = Eigen bedrijf
keuze-inkomensbron-geen = Geen inkomen
keuze-inkomensbron-anders = Iets anders
vraag-maanden-laag-inkomen = Hoe lang leeft u al van ongeveer dit inkomen?
hulp-maanden-laag-inkomen = In maanden, achter elkaar. 3 jaar is 36 maanden. Tel elke maand mee waarin uw inkomen niet hoger was dan nu ongeveer, ook als het een beetje veranderde. Tijd in een asielzoekerscentrum (azc) telt ook mee.
vraag-aanvrager-student = Volgt u een opleiding of studie waarvoor u studiefinanciering of WTOS kunt krijgen, of deed u dat in de laatste 12 maanden?
hulp-aanvrager-student = Ook als u de studiefinanciering of WTOS niet aanvraagt: het gaat erom of u die zou kunnen krijgen.
vraag-partner-student = Volgt uw partner een opleiding of studie waarvoor die studiefinanciering of WTOS kan krijgen, of deed die dat in de laatste 12 maanden?
vraag-inkomenstoeslag-laatste-12-maanden = Kreeg u in de laatste 12 maanden een individuele inkomenstoeslag van de gemeente?
vraag-alleenstaande-ouderkop = Hoeveel alleenstaande-ouderkop zit er per maand in uw kindgebonden budget?
hulp-alleenstaande-ouderkop = Alleenstaande ouders krijgen bij het kindgebonden budget een extra bedrag: de alleenstaande-ouderkop. U ziet het in Mijn toeslagen of op de beschikking van de Belastingdienst. Deze gemeente telt dat deel als inkomen. Krijgt u het niet, vul dan 0 in.
vraag-alimentatie-betaald = Hoeveel alimentatie betaalt u per maand?
hulp-alimentatie-betaald = Alimentatie die u of uw partner betaalt voor een ex-partner of voor kinderen jonger dan 21 die niet bij u wonen. Deze gemeente haalt die van uw inkomen af. Betaalt u geen alimentatie, vul dan 0 in.

## Uw geld en bezit
vraag-vermogen = Hoeveel geld en bezit heeft uw huishouden samen?
hulp-vermogen = Tel op: geld op de bank en spaarrekening, contant geld, en dure spullen zoals een auto die u niet nodig heeft. Trek schulden eraf. Uw huis vragen we apart.
vraag-eigen-woning = Heeft u een eigen huis?
vraag-woz-waarde = Wat is de WOZ-waarde van uw huis?
hulp-woz-waarde = Dit staat op de aanslag gemeentelijke belastingen.
vraag-hypotheek = Hoeveel hypotheek heeft u nog?
vraag-woonkosten = Wat betaalt u per maand aan huur of hypotheek?

## Uw situatie
vraag-zelfstandige-huishouding = Heeft u een eigen huishouding?
hulp-zelfstandige-huishouding = U woont zelfstandig en doet zelf uw huishouden: niet inwonend bij iemand anders en niet in een instelling.
vraag-schulden = Heeft u schulden of achterstanden die u niet kunt afbetalen?
vraag-schuldregeling = Zit u nu in een schuldsanering (Wsnp) of een schuldregeling?
hulp-schuldregeling = Bijvoorbeeld een minnelijke schuldregeling via de kredietbank of Stadsbank.
vraag-beperking-huisgenoot = Heeft iemand anders in uw huishouden een beperking of een chronisch psychisch of psychosociaal probleem?
hulp-beperking-huisgenoot = Bijvoorbeeld een kind of een andere volwassene die bij u woont.
vraag-aanvrager-chronisch-ziek-of-beperking = Bent u chronisch ziek of heeft u een beperking?
vraag-partner-chronisch-ziek-of-beperking = Is uw partner chronisch ziek of heeft die een beperking?
vraag-aanvrager-geldige-verblijfstitel = Woont u legaal in Nederland?
hulp-aanvrager-geldige-verblijfstitel = U bent Nederlander, of u woont hier legaal: met een geldige verblijfsvergunning, of als burger van de Europese Unie, Noorwegen, IJsland, Liechtenstein of Zwitserland. Twijfelt u? Vraag het de gemeente.
vraag-partner-geldige-verblijfstitel = Woont uw partner legaal in Nederland?
hulp-partner-geldige-verblijfstitel = Uw partner is Nederlander, of woont hier legaal: met een geldige verblijfsvergunning, of als burger van de Europese Unie, Noorwegen, IJsland, Liechtenstein of Zwitserland. Twijfelt u? Vraag het de gemeente.
vraag-aanvrager-gedetineerd = Zit u nu in de gevangenis of in detentie?
vraag-partner-gedetineerd = Zit uw partner nu in de gevangenis of in detentie?

## Uw kosten, en per kostenpost wat de regels ervan willen weten
vraag-kosten = Heeft u nu kosten die u zelf niet kunt betalen?
hulp-kosten = Bijvoorbeeld een kapotte wasmachine, een eigen bijdrage voor zorg, een uitvaart of kosten voor bewindvoering.
vraag-kost-soort = Waarvoor zijn de kosten?
keuze-kost-medisch = Zorg of medische kosten
keuze-kost-witgoed = Wasmachine, koelkast of fornuis
keuze-kost-computer = Computer of laptop voor school
keuze-kost-babyuitzet = Babyuitzet
keuze-kost-uitvaart = Uitvaart
keuze-kost-bewindvoering = Bewindvoering
keuze-kost-reiskosten = Reiskosten
keuze-kost-kinderopvang = Kinderopvang
keuze-kost-verhuizing = Verhuizing
keuze-kost-afval = Extra afval door een beperking of ziekte
keuze-kost-waarborgsom = Borg voor een huurhuis
keuze-kost-overig = Iets anders
keuze-kost-alimentatie = Alimentatie
keuze-kost-boete = Een boete
keuze-kost-schade = Schade die ik moet betalen
keuze-kost-schuldaflossing = Schulden aflossen
keuze-kost-huurschuld = Huurschuld
keuze-kost-energieschuld = Schuld voor gas, water of licht
keuze-kost-budgetbeheer = Budgetbeheer
keuze-kost-leges-verblijfsvergunning = Verlengen of wijzigen van een verblijfsvergunning
keuze-kost-naturalisatie = Naturalisatie
keuze-kost-eigen-risico = Eigen risico van de zorgverzekering
vraag-kost-bedrag = Hoeveel kost het?
vraag-kost-item = Welk apparaat?
keuze-apparaat-wasmachine = Wasmachine
keuze-apparaat-koelkast = Koelkast
keuze-apparaat-kookapparatuur = Fornuis of kookplaat
vraag-kost-vervanging = Vervangt het iets dat kapot is?
vraag-kost-jaren-sinds-vorige-vergoeding = Hoeveel jaar geleden kreeg u hiervoor een vergoeding van de gemeente?
vraag-kost-via-kinderen-tellen-mee = Kreeg uw kind in de laatste 5 jaar een computer via Stichting Kinderen tellen mee?
vraag-kost-eerste-kind = Is het uw eerste kind?
vraag-kost-overledene = Wie is overleden?
keuze-overledene-partner = Mijn partner
keuze-overledene-kind = Mijn kind
keuze-overledene-ouder = Mijn vader of moeder
keuze-overledene-anders = Iemand anders
vraag-kost-wsnp = Hoort de bewindvoering bij de WSNP (wettelijke schuldsanering)?
vraag-kost-al-betaald = Heeft u dit al gekocht of betaald?
hulp-kost-al-betaald = De gemeente helpt meestal alleen als u het vraagt voordat u iets koopt of betaalt.
vraag-kost-voorliggende-voorziening = Betaalt iets anders dit al helemaal, zoals uw zorgverzekering of de kinderopvangtoeslag?
hulp-kost-voorliggende-voorziening = Betaalt het maar een deel? Kies dan nee en vul bij het bedrag in wat u zelf moet betalen.
vraag-kost-zeer-dringend = Is er een acute noodsituatie?
hulp-kost-zeer-dringend = Bijvoorbeeld als uw leven of gezondheid ernstig in gevaar komt als dit niet betaald wordt.
vraag-kost-reisdoel = Waarvoor reist u?
keuze-reisdoel-arts-buiten-gemeente = Naar een arts, therapeut of specialist buiten de gemeente
keuze-reisdoel-familie-in-ziekenhuis = Naar mijn partner, kind of ouder in het ziekenhuis of verpleeghuis
keuze-reisdoel-familie-in-detentie = Naar mijn partner, kind of ouder in de gevangenis
keuze-reisdoel-school = Mijn kind naar school, die niet dichtbij kan
keuze-reisdoel-re-integratie = Voor re-integratie of scholing
keuze-reisdoel-anders = Iets anders
vraag-kost-enkele-reis-km = Hoeveel kilometer is een enkele reis?
hulp-kost-enkele-reis-km = De kortste route, bijvoorbeeld volgens de ANWB-routeplanner. Alleen heen, niet heen en terug.
vraag-kost-dreigt-uitzetting-of-afsluiting = Dreigt u uit huis gezet of afgesloten te worden?
hulp-kost-dreigt-uitzetting-of-afsluiting = Bijvoorbeeld een brief van de verhuurder, de deurwaarder of het energiebedrijf.
vraag-kost-kinderopvang-reden = Waarom is kinderopvang nodig?
keuze-opvangreden-re-integratie = Voor werk zoeken, re-integratie of inburgering
keuze-opvangreden-werkaanvaarding = Ik ben net aan het werk na de bijstand
keuze-opvangreden-sociaal-medische-indicatie = Om medische of sociale redenen (indicatie)
keuze-opvangreden-anders = Een andere reden
