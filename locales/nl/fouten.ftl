# Wat er mis is met de antwoorden (src/household/parse.rs, parse/velden.rs, veldfout.rs), de
# waarschuwingen bij de normen (src/norms/mod.rs) en waarom een norm niet te bepalen is
# (src/evaluate/huishouden/mod.rs). { $veld } is de naam van het veld (een veld-bericht, aan het
# begin van de zin: met een hoofdletter); { $ingevuld } is wat er werd ingevuld, zoals het is.

## Fouten in de antwoorden
fout-geen-json = De antwoorden zijn geen geldige JSON: { $detail }
fout-antwoorden-te-groot = De antwoorden zijn te lang: het mogen hoogstens { $max } tekens zijn.
fout-lijst-te-lang = { $veld }: u kunt er hoogstens { $max } invullen, niet { $aantal }.
fout-partner-zonder-heeft-partner = U vulde gegevens van een partner in, maar niet dat u een partner heeft. Kies bij 'heeft u een partner' voor ja, of laat de partner weg.
fout-geen-groep-velden = { $veld } moeten een groep velden zijn (een object), geen losse waarde.
fout-onbekend-veld-bedoelt = Onbekend veld '{ $naam }'. Bedoelt u '{ $suggestie }'?
fout-onbekend-veld = Onbekend veld '{ $naam }'. Mogelijke velden: { $velden }.
fout-kind-te-oud = Kind { $nummer } is 18 jaar of ouder. Vul kinderen van 18 en ouder in bij de andere volwassenen in huis (medebewoners).
fout-medebewoner-te-jong = Medebewoner { $nummer } is jonger dan 18. Vul kinderen onder 18 in bij de kinderen.
fout-soort-ontbreekt = Zeg waarvoor de kosten zijn. Kies uit: { $keuzes }.
fout-geen-lijst = { $veld } moeten een lijst zijn; een lege lijst betekent 'geen'.
fout-leeftijd-ongeldig = { $veld } moet tussen { $min } en { $max } jaar liggen; u vulde { $ingevuld } in.
fout-geen-hele-jaren = { $veld } moet een heel aantal jaren zijn, bijvoorbeeld 38.
fout-buiten-bereik = { $veld } moet tussen 0 en { $max } liggen; u vulde { $ingevuld } in.
fout-geen-heel-getal = { $veld } moet een heel getal zijn.
fout-bedrag-veel-te-groot = { $veld } is veel te groot. Kijk of u het bedrag goed heeft ingevuld.
fout-geen-bedrag = { $veld } moet een bedrag in euro's zijn, bijvoorbeeld 1250,00.
fout-negatief-bedrag = { $veld } kan niet negatief zijn; u vulde { $bedrag } in.
fout-bedrag-te-groot = { $veld } is meer dan { $max }. Kijk of u het bedrag goed heeft ingevuld.
fout-te-veel-decimalen = { $veld } mag hoogstens twee cijfers achter de komma hebben.
fout-geen-ja-nee = { $veld }: kies ja of nee.
fout-onbekende-keuze = { $veld }: '{ $ingevuld }' kan niet. Kies uit: { $keuzes }.
fout-onbekende-keuze-bedoelt = { $veld }: '{ $ingevuld }' kan niet. Kies uit: { $keuzes }. Bedoelt u '{ $suggestie }'?

## De velden, zoals de fouten ze noemen
veld-antwoorden = De antwoorden
veld-heeft-partner = Of u een partner heeft
veld-partner-woont-elders = Of uw partner ergens anders woont
veld-vermogen = Uw vermogen
veld-eigen-woning = Of u een eigen huis heeft
veld-woz-waarde = De WOZ-waarde van uw huis
veld-hypotheek = Uw hypotheek
veld-woonkosten = Uw woonkosten
veld-maanden-laag-inkomen = Het aantal maanden met een laag inkomen
veld-inkomenstoeslag-laatste-12-maanden = Of u de afgelopen 12 maanden inkomenstoeslag kreeg
veld-alleenstaande-ouderkop = De alleenstaande-ouderkop in uw kindgebonden budget
veld-alimentatie-betaald = De alimentatie die u betaalt
veld-schulden = Of u schulden heeft
veld-schuldregeling = Of u in een schuldsanering of schuldregeling zit
veld-beperking-huisgenoot = Of iemand anders in uw huishouden een beperking heeft
veld-zelfstandige-huishouding = Of u een eigen huishouding heeft
veld-partner = De gegevens van uw partner
veld-aanvrager = Uw gegevens
veld-kinderen = De kinderen
veld-kind = De gegevens van een kind
veld-kind-leeftijd = De leeftijd van een kind
veld-medebewoners = De andere volwassenen in huis
veld-medebewoner = De gegevens van een medebewoner
veld-medebewoner-leeftijd = De leeftijd van een medebewoner
veld-medebewoner-student = Of de medebewoner studeert
veld-medebewoner-commerciele-huurder = Of de medebewoner een kamer huurt
veld-kosten = De kosten
veld-kost = De gegevens van uw kosten
veld-kost-soort = Het soort kosten
veld-kost-item = Het apparaat
veld-kost-vervanging = Of het om vervanging gaat
veld-kost-jaren-sinds-vorige-vergoeding = Het aantal jaren sinds de vorige vergoeding
veld-kost-via-kinderen-tellen-mee = Of er een computer via Kinderen tellen mee kwam
veld-kost-eerste-kind = Of het om het eerste kind gaat
veld-kost-overledene = Wie er is overleden
veld-kost-wsnp = Of het bewind hoort bij de schuldsanering (WSNP)
veld-kost-kinderopvang-reden = Waarom kinderopvang nodig is
veld-kost-al-betaald = Of de kosten al betaald zijn
veld-kost-voorliggende-voorziening = Of een andere regeling de kosten betaalt
veld-kost-zeer-dringend = Of er een acute noodsituatie is
veld-kost-reisdoel = Waarvoor de reis is
veld-kost-enkele-reis-km = De afstand van een enkele reis
veld-kost-dreigt-uitzetting-of-afsluiting = Of er een huisuitzetting of afsluiting dreigt
veld-kost-bedrag = Het bedrag van de kosten
veld-aanvrager-leeftijd = Uw leeftijd
veld-partner-leeftijd = De leeftijd van uw partner
veld-aanvrager-inkomen = Uw inkomen
veld-partner-inkomen = Het inkomen van uw partner
veld-aanvrager-inkomensbron = Uw soort inkomen
veld-partner-inkomensbron = Het soort inkomen van uw partner
veld-aanvrager-student = Of u studeert
veld-partner-student = Of uw partner studeert
veld-aanvrager-chronisch-ziek-of-beperking = Of u een beperking of chronische ziekte heeft
veld-partner-chronisch-ziek-of-beperking = Of uw partner een beperking of chronische ziekte heeft
veld-aanvrager-geldige-verblijfstitel = Of u een geldige verblijfsvergunning heeft
veld-partner-geldige-verblijfstitel = Of uw partner een geldige verblijfsvergunning heeft
veld-aanvrager-gedetineerd = Of u in detentie zit
veld-partner-gedetineerd = Of uw partner in detentie zit

## Waarschuwingen bij de normen
waarschuwing-normen-niet-actueel = Wij rekenen met de bijstandsnormen van { $van }. De normen vanaf { $volgende } staan nog niet in deze rekenhulp. De bedragen kunnen daardoor iets afwijken.
waarschuwing-regels-oud = Deze rekenhulp gebruikt de regels van { $gemeente } uit { $jaar }. Die regels zijn al een aantal jaren oud. Vraag de gemeente of ze nog gelden.
waarschuwing-vermogensgrenzen-niet-actueel = Wij rekenen met de vermogensgrenzen van { $van }; nieuwere grenzen staan nog niet in deze rekenhulp.

## Waarom de norm niet te bepalen is
# { $jaar } is het kalenderjaar, zoals geschreven (zonder punt).
onbepaald-aow-leeftijd = De AOW-leeftijd is in { $jaar } { $jaren } jaar en { $maanden } maanden. Met alleen de leeftijd in jaren weten wij niet of die al bereikt is.
onbepaald-onder-18 = Voor wie jonger is dan 18 jaar is er geen bijstandsnorm. Vraag de gemeente wat er voor u mogelijk is.
