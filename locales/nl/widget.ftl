# De woorden van de rekenhulp zelf (www/bereken-uw-recht.js en de schermen), rond wat de
# rekenkern en de regels van de gemeente zeggen. B1-Nederlands. Bedragen en datums komen al
# opgemaakt binnen ($norm, $datum), getallen als getal ($aantal, $nummer).

## Laden
rekenhulp-titel = Bereken uw recht
rekenhulp-laden = De rekenhulp wordt geladen…
rekenhulp-kan-niet-laden = De rekenhulp werkt niet in deze browser. Kijk op de website van uw gemeente of bel de gemeente.
rekenhulp-regels-niet-geladen = De regels van de gemeente konden niet geladen worden.

## Het beginscherm
start-kop = Bereken uw recht: { $gemeente }
start-intro = Beantwoord een paar vragen over uw huishouden. U ziet dan welke regelingen van de gemeente misschien iets voor u zijn, en waarom. Het duurt ongeveer 5 minuten.
start-privacy = Uw antwoorden blijven op dit apparaat. Er wordt niets verstuurd.
start-versie = Regels van { $gemeente }, versie { $versie }.
start-versie-normen = Regels van { $gemeente }, versie { $versie }; bijstandsnormen van { $normen }.
start-teruggezet = Uw bewaarde antwoorden zijn teruggezet.
# De taalkeuze: de talen zelf staan in hun eigen taal (www/talen.js).
taal-kies = Taal
taal-gekozen = De rekenhulp is nu in het Nederlands.

## Knoppen
knop-begin = Begin
knop-vorige = Vorige
knop-volgende = Volgende
knop-naar-uitkomst = Bekijk de uitkomst
knop-print = Print of bewaar als PDF
knop-nieuw = Nieuwe berekening
knop-gesprek = Vraag een keukentafelgesprek
knop-volgend-huishouden = Volgende huishouden
knop-wis-huishouden = Ja, wis alles
knop-niet-wissen = Nee, ga verder
knop-kost-toevoegen = Nog andere kosten toevoegen
knop-kost-weghalen = Kosten { $nummer } weghalen
# Onder elk onderwerp in het overzicht van de antwoorden.
knop-wijzig = { $onderwerp ->
    [huishouden] Uw huishouden wijzigen
    [inkomen] Uw inkomen wijzigen
    [vermogen] Uw geld en bezit wijzigen
    [situatie] Uw situatie wijzigen
   *[kosten] Uw kosten wijzigen
}

## De vragen
vragen-stap = Stap { $stap } van { $aantal }
vragen-fouten-kop = Verbeter eerst deze antwoorden:
vragen-geen-aantal = Vul een aantal in, bijvoorbeeld 2. Vul 0 in als er niemand is.
vragen-verplicht = Dit moeten wij weten. Zonder dit antwoord kunnen wij geen regeling berekenen.
vragen-kostenpost = Kosten { $nummer }
vragen-tot-nu-toe = Uitkomst tot nu toe
vragen-telling = Uitkomst tot nu toe: { $ja } waarschijnlijk wel, { $misschien } misschien
antwoord-weet-niet = Weet ik niet
antwoord-ja = Ja
antwoord-nee = Nee
antwoord-kies = Kies…
antwoord-nooit = Nog nooit
antwoord-geen = niet beantwoord

## De uitkomst
uitkomst-kop = Uw uitkomst
uitkomst-samenvatting-kop = Samenvatting om mee te nemen naar de gemeente
uitkomst-intro = Dit zijn de regelingen van de gemeente { $gemeente } op { $datum }. Dit is een schatting: de gemeente beslist pas als u een aanvraag doet.
# Alleen in een andere taal dan het Nederlands getoond, een keer bovenaan de uitkomst en op de
# afdruk. Het Nederlands heeft de sleutel ook, zodat elke taal hem heeft.
nederlands-leidend = Deze tekst is een vertaling. Alleen de Nederlandse tekst van de regels telt: daarmee beslist de gemeente.
# Naast de vertaalde naam van een regeling: de naam in de regels van de gemeente.
uitkomst-nederlandse-naam = Nederlandse naam:
uitkomst-leefvorm = { $leefvorm ->
    [alleenstaande] U telt als alleenstaande.
    [alleenstaande_ouder] U telt als alleenstaande ouder.
   *[gehuwden] U telt als gehuwden of samenwonenden.
}
uitkomst-norm = Wij rekenen met de bijstandsnorm voor uw huishouden: { $norm } per maand (de norm van { $datum }).
uitkomst-procent = Uw inkomen is { $procent } van die norm.
uitkomst-kostendelersnorm = Voor de bijstand zelf geldt de kostendelersnorm: u deelt de kosten met { $anderen } { $anderen ->
    [one] andere volwassene
   *[other] andere volwassenen
}, en dan is de norm { $norm } per maand. De regelingen hieronder rekenen met de norm zonder kostendelers, tenzij ze het zelf zeggen.
uitkomst-waarom = Waarom?
uitkomst-wat-als = Wat als?
uitkomst-wat-kunt-u-doen = Wat kunt u doen?
uitkomst-nee-vervolgstap = Klopt dit niet, of is uw situatie anders dan hier ingevuld? Vraag dan een keukentafelgesprek aan: de gemeente kijkt met u naar alles.
uitkomst-bron = Bron:
uitkomst-ontbreekt = Dit weten we nog niet:
uitkomst-advies = Advies: vraag een keukentafelgesprek
uitkomst-let-op = Let op
uitkomst-antwoorden-kop = Uw antwoorden
uitkomst-gesprek-uitleg = Wilt u met de gemeente praten over uw situatie? Vraag een gratis keukentafelgesprek aan.
uitkomst-gesprek-print = Wilt u met de gemeente { $gemeente } praten over uw situatie? Vraag een gratis keukentafelgesprek aan en neem deze samenvatting mee.
uitkomst-gesprek-print-website = Wilt u met de gemeente { $gemeente } praten over uw situatie? Vraag een gratis keukentafelgesprek aan en neem deze samenvatting mee ({ $website }).
uitkomst-gemaakt = Gemaakt op { $datum }.
uitkomst-versie = Regels van { $gemeente }, versie { $versie }; rekenhulp { $motor }.
uitkomst-normen-van = Bijstandsnormen van { $datum }.
uitkomst-per-regeling = Per regeling
uitkomst-samenvatting-label = Samenvatting
uitkomst-samenvatting-ja = Dit kunt u waarschijnlijk krijgen
uitkomst-samenvatting-misschien = Dit kunt u misschien krijgen
uitkomst-samenvatting-geen = Wij vinden nu geen regeling die bij u past. Klopt dat niet met uw situatie? In een keukentafelgesprek kijkt de gemeente met u naar alles.
uitkomst-bedrag-kort = { $maximaal ->
    [ja] tot { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] per maand
    [jaar] per jaar
   *[eenmalig] eenmalig
}
uitkomst-bedrag-onbekend = het bedrag hoort u van de gemeente
uitkomst-details = Waarom, en wat kunt u doen?
uitkomst-wat-betekent = Wat betekent { $woord }?
woord-draagkracht = draagkracht
uitleg-draagkracht = Draagkracht is het deel van uw inkomen en spaargeld dat u volgens de regels zelf kunt betalen. De gemeente betaalt alleen wat daarboven komt.
woord-bijstandsnorm = de bijstandsnorm
uitleg-bijstandsnorm = De bijstandsnorm is het bedrag dat de wet per maand nodig vindt om van te leven, voor uw soort huishouden. Veel regelingen kijken hoeveel procent daarvan uw inkomen is.
uitkomst-voor-alle = Dit klopt voor meer regelingen hieronder
uitkomst-andere-kop = Andere regelingen van de gemeente
uitkomst-andere-uitleg = Deze regelingen zijn voor kosten die u niet heeft genoemd. Heeft u zulke kosten? Vul ze in, dan kijken wij of u hulp kunt krijgen.
knop-kosten-invullen = Kosten invullen
uitkomst-niet-berekend-kop = Wat deze rekenhulp niet uitrekent
uitkomst-niet-berekend-uitleg = De gemeente heeft ook deze regelingen. Deze rekenhulp kijkt er niet naar. Vraag de gemeente ernaar als ze voor u belangrijk kunnen zijn.
uitkomst-print-uitleg = Print ook de uitleg bij elke regeling
uitkomst-ook-in-geld = U mag dit ook in geld krijgen, in plaats van een voucher of punten. Vraag de gemeente ernaar.
uitkomst-aanvragen = Aanvragen bij de gemeente
uitkomst-in-geld-bron = Dat u dit ook in geld mag krijgen, staat in:

## Bewaren op dit apparaat
bewaar-keuze = Bewaar mijn antwoorden op dit apparaat
bewaar-uitleg = Alleen als u dit aanzet. Doe dit niet op een computer die u deelt met anderen.
bewaar-wis = Wis mijn gegevens
bewaar-gewist = Uw gegevens zijn gewist van dit apparaat.
bewaar-nieuw-gedaan = Alle antwoorden zijn gewist.

## Vrijwilligersmodus (formulierenbrigade)
brigade-melding = Vrijwilligersmodus: er wordt niets bewaard.
brigade-wis-vraag = Alle antwoorden van dit huishouden worden gewist. Is deze persoon klaar?
brigade-huishouden-gewist = Alles van het vorige huishouden is gewist. U kunt beginnen met het volgende huishouden.
brigade-samen-met-vrijwilliger = Ingevuld samen met een vrijwilliger van de formulierenbrigade.

## Een verzoek om een gesprek dat nog niet verstuurd is
postvak-wacht = Uw verzoek om een gesprek is nog niet verstuurd. We versturen het zodra er verbinding is.
postvak-onverstuurd-wissen = Er is een verzoek om een gesprek dat nog niet verstuurd is. Als u doorgaat, wordt het gewist. Doorgaan?

## Wat als mijn inkomen verandert? (grafiek.js)
grafiek-kop = Wat als mijn inkomen verandert?
grafiek-uitleg = Hier ziet u welke regelingen u waarschijnlijk krijgt als uw inkomen per maand hoger of lager is. Uw andere antwoorden blijven hetzelfde.
grafiek-beschrijving = Grafiek van { $aantal ->
    [one] één regeling die afhangt
   *[other] { $aantal } regelingen die afhangen
  } van uw inkomen. Dezelfde cijfers staan in de tabel hieronder.
grafiek-as = Inkomen per maand
grafiek-nu = U nu: { $bedrag }
grafiek-stappen = De grafiek loopt van € 0 tot { $max } per maand: twee keer de bijstandsnorm van { $norm }.
grafiek-tabel = Toon de cijfers in een tabel
grafiek-tabel-bijschrift = Wat als mijn inkomen verandert? Per regeling: bij welk inkomen per maand
grafiek-kolom-inkomen = Inkomen per maand
grafiek-kolom-uitkomst = Uitkomst
grafiek-tot = tot en met { $tot }
grafiek-bereik = { $van } tot en met { $tot }
grafiek-vanaf = { $van } of meer
